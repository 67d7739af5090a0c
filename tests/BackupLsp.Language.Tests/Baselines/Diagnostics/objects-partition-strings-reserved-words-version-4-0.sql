-- options: version=4.0 severity:SRB700=off
-- 4.0 takes SINGLE as a name and reserves BOTH, SYSTEM and MATCHED: each is a partition of the list, reported where reserved
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, single, 'p3');
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION p1, both, system, 'p3');
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION p1, `matched`, 'p3');
