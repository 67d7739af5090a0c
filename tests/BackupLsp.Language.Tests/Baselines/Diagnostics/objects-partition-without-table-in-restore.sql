RESTORE SNAPSHOT db.s1 FROM repo ON (t1, PARTITION (p1)) PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo ON (PARTITION (p1) AS t2) PROPERTIES ("backup_timestamp" = "x");
