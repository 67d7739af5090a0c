BACKUP SNAPSHOT db.s1 TO repo ON (t1, t2, t1);
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1), t1 PARTITION (p2));
BACKUP SNAPSHOT db.s3 TO repo ON (t, T);
BACKUP SNAPSHOT db.s4 TO repo ON (t1, db.t1, `t1`);
