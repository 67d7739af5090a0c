RESTORE SNAPSHOT db.s1 FROM repo ON (t1 AS t, t2 AS t) PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1, t2 AS t1) PROPERTIES ("backup_timestamp" = "x");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1 AS a, VIEW v1 AS a) PROPERTIES ("backup_timestamp" = "x");
