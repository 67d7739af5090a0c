-- options: catalog=none
-- StarRocks fails a SHOW RESTORE FROM a database that does not exist: the last job's, dropped since, is not offered
RESTORE SNAPSHOT d.s1 FROM r ON (t) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
DROP DATABASE d;
SHOW RESTORE FROM |
