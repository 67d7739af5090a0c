BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, t2);
BACKUP SNAPSHOT db.s2 TO repo ON (t1, t2 PARTITION p1);
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION (p1), t2);
-- a reserved word cannot be a partition: what follows is another object in every version
BACKUP DATABASE db SNAPSHOT s4 TO repo ON (TABLE t1 PARTITION p1, TABLE t2);
BACKUP DATABASE db SNAPSHOT s5 TO repo ON (TABLE t1 PARTITION p1, ALL VIEWS);
-- a non-reserved one can
BACKUP DATABASE db SNAPSHOT s6 TO repo ON (TABLE t1 PARTITION p1, VIEW v1);
