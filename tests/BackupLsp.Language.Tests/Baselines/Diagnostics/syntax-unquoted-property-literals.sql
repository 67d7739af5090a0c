BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("timeout" = 86400);
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES (type = full);
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "replication_num" = 1);
BACKUP SNAPSHOT d3.s TO repo PROPERTIES ("timeout" = 600.5);
BACKUP SNAPSHOT d4.s TO repo PROPERTIES ("timeout" = +3600);
RESTORE SNAPSHOT d5.s FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "timeout" = -1, "replication_num" = .5);
-- Spaced out, a sign is an operator; so it is in a partition value, where StarRocks takes no sign.
BACKUP SNAPSHOT d6.s TO repo PROPERTIES ("timeout" = - 1);
BACKUP SNAPSHOT d7.s TO repo ON (t PARTITION (k = -1));
