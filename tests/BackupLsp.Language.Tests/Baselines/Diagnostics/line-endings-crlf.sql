BACKUP SNAPSHOT db.s1
TO repo
ON (t1, t1)
PROPERTIES ("timout" = "3600");

SELECT 1;
RESTORE SNAPSHOT db.s1 FROM repo;
