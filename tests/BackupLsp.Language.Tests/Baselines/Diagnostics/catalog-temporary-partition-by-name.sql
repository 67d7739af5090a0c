-- options: catalog=demo.json
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl PARTITION (tp1, p1));
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
