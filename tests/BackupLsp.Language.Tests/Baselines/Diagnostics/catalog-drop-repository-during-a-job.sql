-- options: catalog=demo.json
-- With a catalog, a job StarRocks refuses (a read-only repository) runs on nothing, nor does a drop of an unknown repository
BACKUP SNAPSHOT sales_db.weekly TO s3_repo;
DROP REPOSITORY s3_repo;
BACKUP SNAPSHOT example_db.nightly2 TO example_repo ON (example_tbl2);
DROP REPOSITORY exmple_repo;
DROP REPOSITORY example_repo;
