-- options: catalog=demo.json
BACKUP SNAPSHOT s1 TO hdfs_repo ON (example_tbl2);
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl2);
