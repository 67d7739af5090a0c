BACKUP SNAPSHOT db.s1 TO repo ON (t1, t2, t1);
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1), t1 PARTITION (p2));
BACKUP SNAPSHOT db.s3 TO repo ON (t, T);
BACKUP SNAPSHOT db.s4 TO repo ON (t1, db.t1, `t1`);
BACKUP SNAPSHOT db.s5 TO repo ON (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16, t17, t18, t3, t12, t3);
