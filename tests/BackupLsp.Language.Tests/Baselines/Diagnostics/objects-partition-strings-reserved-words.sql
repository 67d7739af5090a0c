-- options: severity:SRB700=off
-- a PARTITION list without parentheses that holds a string goes on over names: SINGLE, reserved by the newest grammar
-- but a name to 4.0 and older, is one of its partitions, reported as a reserved word; BOTH is a plain name here
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, single, 'p3');
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION p1, both, 'p3');
-- a word every release reserves ends the list
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION p1, order, 'p3');
