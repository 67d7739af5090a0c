-- options: version=3.4
-- from 3.4 StarRocks tells tables apart by their exact names: `t` and `T` are two tables
BACKUP SNAPSHOT db.s1 TO repo ON (t, T);
RESTORE SNAPSHOT db.s2 FROM repo ON (t, T) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
