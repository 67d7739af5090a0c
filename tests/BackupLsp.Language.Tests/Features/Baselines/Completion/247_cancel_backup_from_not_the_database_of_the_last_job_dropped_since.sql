-- options: catalog=none
-- StarRocks fails a CANCEL BACKUP FROM a database that does not exist: the last job's, dropped since, is not offered
BACKUP SNAPSHOT d.s1 TO r ON (t);
DROP DATABASE IF EXISTS d;
CANCEL BACKUP FROM |
