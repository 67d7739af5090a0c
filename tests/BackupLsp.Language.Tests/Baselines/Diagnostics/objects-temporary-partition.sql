BACKUP SNAPSHOT db.s1 TO repo ON (t1 TEMPORARY PARTITION (tp1));
BACKUP SNAPSHOT db.s2 TO repo ON (t1 TEMPORARY PARTITIONS (tp1, tp2), t2);
RESTORE SNAPSHOT example_db.s2 FROM example_repo ON (example_tbl TEMPORARY PARTITION (tp1) AS restored) PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
