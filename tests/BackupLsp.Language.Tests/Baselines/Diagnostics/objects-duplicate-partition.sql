BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (p1, p2, p1));
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1, P1, `p1`, "p1"));
