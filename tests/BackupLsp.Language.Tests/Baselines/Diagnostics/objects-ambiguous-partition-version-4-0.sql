-- options: version=4.0
-- a release after 3.5 may read t2 as a partition: still ambiguous
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, t2);
