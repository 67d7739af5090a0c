-- options: catalog=demo.json severity:SRB700=off
-- DROP SNAPSHOT snapshot ON repository [FORCE] (StarRocks 4.2): the repository must exist and be writable, the snapshot be in it.
DROP SNAPSHOT nightly ON example_repo;
DROP SNAPSHOT legacy_backup ON example_repo FORCE;
DROP SNAPSHOT nightly ON exmaple_repo;
DROP SNAPSHOT nightly ON s3_repo;
-- a snapshot a BACKUP earlier in the script takes can be dropped; one dropped already cannot be dropped again
BACKUP SNAPSHOT example_db.weekly TO example_repo ON (example_tbl2);
DROP SNAPSHOT weekly ON example_repo;
DROP SNAPSHOT weekly ON example_repo;
-- the grammar's own errors: a database before the name, a string, no repository
DROP SNAPSHOT example_db.nightly ON example_repo;
DROP SNAPSHOT 'nightly' ON example_repo;
DROP SNAPSHOT nightly;
DROP SNAPHOT nightly ON example_repo;
