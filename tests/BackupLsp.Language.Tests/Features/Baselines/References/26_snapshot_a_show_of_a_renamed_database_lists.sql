-- options: catalog=none
BACKUP SNAPSHOT a.s1 TO r ON (t);
ALTER DATABASE a RENAME b;
SHOW BACKUP FROM b WHERE SnapshotName = '|s1';
