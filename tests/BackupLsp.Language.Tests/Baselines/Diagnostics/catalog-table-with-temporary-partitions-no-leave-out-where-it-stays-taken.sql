-- options: catalog=demo.json
-- leaving the table out is no fix where ALL TABLES takes it anyway, or where a PARTITION clause after it has no table but it
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (ALL TABLES, example_tbl);
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (example_tbl, PARTITION (p3));
-- elsewhere it is
BACKUP SNAPSHOT example_db.s3 TO hdfs_repo ON (example_tbl, example_tbl2);
-- a PARTITION clause without a table after another item: leaving the table out is still a fix
BACKUP SNAPSHOT example_db.s4 TO hdfs_repo ON (example_tbl, example_tbl2, PARTITION (p3));
