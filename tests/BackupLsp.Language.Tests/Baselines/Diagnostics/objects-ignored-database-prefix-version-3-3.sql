-- options: version=3.3
-- up to 3.5 a name after an unparenthesized PARTITION list is a table: the prefix can go
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, db.t2);
