-- options: catalog=demo.json
-- With a catalog, what StarRocks checks before it starts a BACKUP refuses it too (an unknown table or partition, a
-- read-only repository): the corrected BACKUP after it is the database's first job, and takes its snapshot name afresh.
-- an unknown table
BACKUP SNAPSHOT example_db.weekly TO example_repo ON (exmple_tbl2);
BACKUP SNAPSHOT example_db.weekly TO example_repo ON (example_tbl2);
-- a read-only repository
BACKUP SNAPSHOT sales_db.monthly TO s3_repo;
BACKUP SNAPSHOT sales_db.monthly TO hdfs_repo;
-- a refused BACKUP to a name taken before it is told so too, as it will be once the rest is fixed
BACKUP SNAPSHOT example_db.weekly TO example_repo ON (Orders PARTITION (p202403));
-- a warning refuses nothing: the BACKUP runs (as a full one), and takes its name
BACKUP SNAPSHOT example_db.yearly TO hdfs_repo ON (example_tbl2) PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT sales_db.yearly TO hdfs_repo;
