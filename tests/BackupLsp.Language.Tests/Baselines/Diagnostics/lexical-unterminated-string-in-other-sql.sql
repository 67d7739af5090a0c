SELECT 'never closed;
BACKUP SNAPSHOT db.s1 TO repo;
