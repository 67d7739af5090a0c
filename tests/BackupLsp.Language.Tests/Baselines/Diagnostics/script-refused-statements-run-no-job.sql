-- A BACKUP or RESTORE that StarRocks refuses (a syntax error, or an error it reports before it starts a job) runs no job:
-- the corrected statement after it is the first job of its database.
-- a misspelt property, then the BACKUP meant
BACKUP SNAPSHOT db1.s1 TO repo ON (t1) PROPERTIES ("timout" = "3600");
BACKUP SNAPSHOT db1.s1 TO repo ON (t1) PROPERTIES ("timeout" = "3600");
-- a syntax error
BACKUP SNAPSHOT db2.s2 TO repo ON (t1 PARTITION (p1,));
BACKUP SNAPSHOT db2.s2 TO repo ON (t1 PARTITION (p1));
-- a misspelt keyword
BAKUP SNAPSHOT db3.s3 TO repo;
BACKUP SNAPSHOT db3.s3 TO repo;
-- a RESTORE without its backup_timestamp
RESTORE SNAPSHOT db4.s4 FROM repo ON (t1);
RESTORE SNAPSHOT db4.s4 FROM repo ON (t1) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a snapshot that a refused BACKUP names is none it writes: a DROP SNAPSHOT of it waits for no job
BACKUP SNAPSHOT db5.s5 TO repo PROPERTIES ("timeout" = "60");
DROP SNAPSHOT s5 ON repo;
-- a DROP SNAPSHOT StarRocks refuses drops nothing, and is not told of the job: the next one is
BACKUP SNAPSHOT db6.s6 TO repo;
DROP SNAPSHOT s6 ON repo FORCE now;
DROP SNAPSHOT s6 ON repo;
-- a warning refuses nothing: StarRocks runs the BACKUP (as a full one), so the one after it is a second job
BACKUP SNAPSHOT db8.s8 TO repo PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT db8.s9 TO repo;
