-- options: catalog=none
-- StarRocks fails a SHOW BACKUP FROM a database that does not exist: the last job's, dropped since, is not offered
BACKUP SNAPSHOT d.s1 TO r ON (t);
DROP DATABASE d;
SHOW BACKUP FROM |
