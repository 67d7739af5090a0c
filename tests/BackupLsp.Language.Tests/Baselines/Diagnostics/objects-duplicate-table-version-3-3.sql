-- options: version=3.3
-- up to 3.3 StarRocks compares the tables of one BACKUP or RESTORE ignoring case (PR 51068 changed it in 3.4)
BACKUP SNAPSHOT db.s1 TO repo ON (t, T);
BACKUP SNAPSHOT db.s2 TO repo ON (orders PARTITION (p1), ORDERS PARTITION (p2));
BACKUP SNAPSHOT db.s3 TO repo ON (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, T3);
RESTORE SNAPSHOT db.s4 FROM repo ON (t, T) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- two copies under two names: no edit keeps that
RESTORE SNAPSHOT db.s5 FROM repo ON (t AS a, T AS b) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- the same table twice is reported as always
BACKUP SNAPSHOT db.s6 TO repo ON (t, t);
