BACKUP SNAPSHOT db.s1 TO repo ON (db.t1, other_db.t2);
RESTORE SNAPSHOT db.s1 FROM repo ON (db.t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT d2.s2 TO repo ON (cat.d2.t1, `my db`.t2);
-- after an unparenthesized PARTITION list the prefix makes the name a table: no fix removes it
BACKUP SNAPSHOT db.s5 TO r ON (t1 PARTITION p1, db.t2);
-- a name with partitions or a keyword of its own is a table anyway: the fix stays
BACKUP SNAPSHOT db.s6 TO r ON (t1 PARTITION p1, db.t2 PARTITION (p2));
BACKUP SNAPSHOT db.s7 TO r ON (t1 PARTITION p1, TABLE db.t2);
-- RESTORE ignores the prefix too: it finds the table in the snapshot by name and restores it into its own database
RESTORE SNAPSHOT db.s8 FROM r ON (other_db.t1 AS t9, cat.db.t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT db.s9 FROM r ON (t1 PARTITION p1, db.t2 AS t3) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
