-- options: version=4.0
-- 4.0 and later read the names after an unparenthesized PARTITION only as more partitions: nothing is ambiguous
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, t2);
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION p1, t1);
-- a partition listed again, in the list or in the names that go on with it
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION p1, p2, p1);
BACKUP SNAPSHOT db.s4 TO repo ON (t1 PARTITION p1, p2, P2, p3);
BACKUP SNAPSHOT db.s5 TO repo ON (t1 PARTITIONS p1, p2, t2 PARTITION (p1));
-- the alias goes with the last name, which holds the table's: no fix removes it
RESTORE SNAPSHOT db.s6 FROM repo ON (t1 PARTITION p1, p2, p1 AS x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
