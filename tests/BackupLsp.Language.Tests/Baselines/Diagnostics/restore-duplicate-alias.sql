RESTORE SNAPSHOT db.s1 FROM repo ON (t1 AS t, t2 AS t) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1, t2 AS t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s1 FROM repo ON (t1 AS a, VIEW v1 AS a) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s2 FROM repo ON (t1 AS r1, t2 AS r2, t3 AS r3, t4 AS r4, t5 AS r5, t6 AS r6, t7 AS r7, t8 AS r8, t9 AS r9, t10 AS r10, t11 AS r11, t12 AS r12, t13 AS r13, t14 AS r14, t15 AS r15, t16 AS r16, t17 AS r17, t18 AS r5, t19 AS r17) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s3 FROM repo ON (orders AS orders_bak, items AS orders_bak) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s4 FROM repo ON (t PARTITION (p1), t PARTITION (p2)) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- StarRocks takes every listed name first: an alias may not be one, not even its own table's
RESTORE SNAPSHOT db.s5 FROM repo ON (t1 AS t1, t2 PARTITION (p1) AS t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s6 FROM repo ON (t1 AS t2, t2 AS t3) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s7 FROM repo ON (t2 AS t1, t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- names are case-sensitive
RESTORE SNAPSHOT db.s8 FROM repo ON (t1 AS T1, t2 AS T2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a table listed twice is a duplicated table; under two names it is not merged
RESTORE SNAPSHOT db.s9 FROM repo ON (t PARTITION (p1) AS a, t PARTITION (p2) AS b) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s10 FROM repo ON (t, t1, t) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
