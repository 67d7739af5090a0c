-- options: catalog=none
-- the last job's database is offered under the name a rename since gives it, where StarRocks keeps its job
BACKUP SNAPSHOT a.s1 TO r ON (t);
ALTER DATABASE a RENAME b;
SHOW BACKUP FROM |
