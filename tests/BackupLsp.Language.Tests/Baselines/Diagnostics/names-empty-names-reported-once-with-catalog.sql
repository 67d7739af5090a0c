-- options: catalog=demo.json
-- An empty name is SRB111 alone: not also an unknown snapshot, table or partition, nor a repeated one.
DROP SNAPSHOT `` ON example_repo;
RESTORE SNAPSHOT sales_db.`` FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.a1 TO example_repo ON (``, ``);
BACKUP SNAPSHOT example_db.a2 TO example_repo ON (example_tbl PARTITION (``, ``));
BACKUP SNAPSHOT example_db.a3 TO example_repo ON (VIEW ``);
BACKUP SNAPSHOT example_db.`` TO hdfs_repo;
BACKUP SNAPSHOT example_db.`` TO hdfs_repo;
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS ``, example_tbl2 AS ``) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.a4 TO example_repo ON (example_tbl2 PARTITION ('', ""));
