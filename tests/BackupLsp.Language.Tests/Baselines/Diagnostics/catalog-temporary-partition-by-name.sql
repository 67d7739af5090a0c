-- options: catalog=demo.json
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl PARTITION (tp1, p1));
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (p1));
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (example_tbl PARTITION (dt = "2024"), example_tbl2 PARTITION (p1, region = "eu"));
-- The table is looked up in the database the BACKUP check uses: the one named, else the session's default.
BACKUP SNAPSHOT s5 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
BACKUP DATABASE example_db SNAPSHOT s6 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
BACKUP SNAPSHOT sales_db.s7 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
BACKUP SNAPSHOT missing_db.s8 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
USE sales_db;
BACKUP SNAPSHOT s9 TO hdfs_repo ON (example_tbl TEMPORARY PARTITION (tp1));
