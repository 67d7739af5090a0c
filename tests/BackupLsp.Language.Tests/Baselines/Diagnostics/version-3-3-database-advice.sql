-- options: version=3.3
-- before 3.4 there is no DATABASE clause: the advice and the fixes keep the db. prefix
BACKUP DATABASE sales SNAPSHOT sales.x1 TO repo;
RESTORE SNAPSHOT x1 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
