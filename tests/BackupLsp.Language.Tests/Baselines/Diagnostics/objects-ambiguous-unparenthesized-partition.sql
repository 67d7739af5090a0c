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
-- current releases read the plain names after an unparenthesized PARTITION as more partitions: t1 twice is no duplicate table
BACKUP SNAPSHOT db.s9 TO repo ON (t1 PARTITION p1, t1);
BACKUP SNAPSHOT db.s10 TO repo ON (t0 PARTITION p1, t1, t1);
-- nor are the names after it when the list goes on: one warning for the list
BACKUP SNAPSHOT db.s11 TO repo ON (t1 PARTITION p1, p2, p3);
-- a name with partitions of its own, or a database before it, can only be a table: nothing is ambiguous
BACKUP SNAPSHOT db.s12 TO repo ON (t1 PARTITION p1, t2 PARTITION (p2));
BACKUP SNAPSHOT db.s13 TO repo ON (t1 PARTITION p1, db.t2);
-- in RESTORE the alias after the last name is the table's in current releases, the name's own up to 3.5
RESTORE SNAPSHOT db.s14 FROM repo ON (t1 PARTITION p1, t2 AS x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- an alias ends the list: what follows is another object
RESTORE SNAPSHOT db.s15 FROM repo ON (t1 PARTITION p1 AS x, t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a repeated table whose partition list may go on over the names after it: merging would make p2 a table, so no fix
BACKUP SNAPSHOT db.s16 TO repo ON (t1 PARTITION p1, p2, t1 PARTITION p3);
BACKUP SNAPSHOT db.s17 TO repo ON (t1 PARTITION p1, p2, TABLE t1);
