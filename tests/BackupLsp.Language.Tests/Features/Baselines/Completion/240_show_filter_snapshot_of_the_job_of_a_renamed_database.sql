-- options: catalog=none
-- SHOW BACKUP FROM b lists the job a BACKUP started under the database's old name
BACKUP SNAPSHOT a.s1 TO r ON (t);
ALTER DATABASE a RENAME b;
CREATE DATABASE a;
SHOW BACKUP FROM b WHERE SnapshotName = '|'
