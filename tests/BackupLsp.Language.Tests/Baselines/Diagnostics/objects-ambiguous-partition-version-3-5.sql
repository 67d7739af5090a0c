-- options: version=3.5
-- up to 3.5 StarRocks reads t2 as a table, as the tree does: nothing to warn of
BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION p1, t2);
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION p1, t1);
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION p1, v1, VIEW v1);
RESTORE SNAPSHOT db.s4 FROM repo ON (t1 PARTITION p1, t2, t3 AS t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
