BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (dt = '2024-01-01'));
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1, region = "eu"));
