BACKUP SNAPSHOT snap TO repo;
backup snapshot snap2 to repo on (t1, t2 partition (p1), t3 partitions (p2, p3));
BACKUP SNAPSHOT snap3 TO repo ON (t1 PARTITION p1) PROPERTIES ("timeout" = "86400", "type" = "FULL")
