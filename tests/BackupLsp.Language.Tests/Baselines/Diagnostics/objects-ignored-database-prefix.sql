BACKUP SNAPSHOT db.s1 TO repo ON (db.t1, other_db.t2);
RESTORE SNAPSHOT db.s1 FROM repo ON (db.t1) PROPERTIES ("backup_timestamp" = "x");
BACKUP SNAPSHOT d2.s2 TO repo ON (cat.d2.t1, `my db`.t2);
-- after an unparenthesized PARTITION list the prefix makes the name a table: no fix removes it
BACKUP SNAPSHOT db.s5 TO r ON (t1 PARTITION p1, db.t2);
