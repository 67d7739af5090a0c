-- options: catalog=demo.json
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl PARTITION (tp1, p1));
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (p1));
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (example_tbl PARTITION (dt = "2024"), example_tbl2 PARTITION (p1, region = "eu"));
