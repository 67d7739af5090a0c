-- The mysql client ends a statement at \G or \g; StarRocks itself fails on them
SHOW BACKUP FROM db\G
SHOW RESTORE FROM db\g
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "bad")\G
SELECT 1\G
SHOW SNAPSHOT ON repo\G SHOW REPOSITORIES;
DROP REPOSITORY repo \G TO x;
SHOW BACKUP \X;
