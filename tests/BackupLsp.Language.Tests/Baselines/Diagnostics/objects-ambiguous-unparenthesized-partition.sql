BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, t2);
BACKUP SNAPSHOT db.s2 TO repo ON (t1, t2 PARTITION p1);
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION (p1), t2);
-- a reserved word cannot be a partition: what follows is another object in every version
BACKUP DATABASE db SNAPSHOT s4 TO repo ON (TABLE t1 PARTITION p1, TABLE t2);
BACKUP DATABASE db SNAPSHOT s5 TO repo ON (TABLE t1 PARTITION p1, ALL VIEWS);
-- nor can a kind's keyword followed by a name (a partition name is followed by no name): VIEW v1 is the view
BACKUP DATABASE db SNAPSHOT s6 TO repo ON (TABLE t1 PARTITION p1, VIEW v1);
BACKUP DATABASE db SNAPSHOT s7 TO repo ON (TABLE t1 PARTITION p1, MATERIALIZED VIEW mv1, FUNCTIONS f1);
-- a non-reserved word alone can be a partition (a table named view)
BACKUP DATABASE db SNAPSHOT s8 TO repo ON (TABLE t1 PARTITION p1, view);
