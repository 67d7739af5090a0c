-- options: catalog=none
-- a new database of the last job's database's name, made again after a DROP DATABASE, has another id and none of its jobs
BACKUP SNAPSHOT a.s1 TO r ON (t);
DROP DATABASE a FORCE;
CREATE DATABASE a;
SHOW BACKUP FROM |
