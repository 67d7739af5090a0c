-- TEMPORARY starting an item is a table's name, as StarRocks reads it: partition p of table `temporary`.
BACKUP SNAPSHOT d1.s TO repo ON (temporary PARTITION (p));
BACKUP SNAPSHOT d2.s TO repo ON (t, temporary PARTITION (p));
BACKUP SNAPSHOT d3.s TO repo ON (temporary PARTITION p);
BACKUP SNAPSHOT d4.s TO repo ON (Temporary PARTITIONS (p1, p2));
RESTORE SNAPSHOT d5.s FROM repo ON (temporary PARTITION (p), t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- After a table's name it is the keyword: temporary partitions cannot be backed up.
BACKUP SNAPSHOT d6.s TO repo ON (temporary TEMPORARY PARTITION (p));
BACKUP SNAPSHOT d7.s TO repo ON (t TEMPORARY PARTITION (p));
