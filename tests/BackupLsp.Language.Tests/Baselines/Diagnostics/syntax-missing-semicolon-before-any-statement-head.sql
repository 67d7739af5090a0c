-- Any StarRocks statement on a line of its own after a backup statement or a USE without its `;` is a missing `;`.
USE db
WITH x AS (SELECT 1) SELECT 1;
BACKUP SNAPSHOT db.s1 TO repo ON (t1)
COMMIT;
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00-000")
DESC t1;
SHOW BACKUP FROM db
(SELECT 1);
DROP REPOSITORY repo2
VALUES (1);
SHOW SNAPSHOT ON repo
EXPLAIN SELECT 1;
CANCEL BACKUP FROM db
START TRANSACTION;
SHOW RESTORE FROM db
BEGIN;
USE db
(SELECT 1);
CREATE REPOSITORY repo2 WITH BROKER ON LOCATION "s3://bucket/path" PROPERTIES ("aws.s3.access_key" = "k")
PAUSE ROUTINE LOAD FOR job;
-- What goes on with the statement before it is not one: a sort key's order on its own line, a START that is no transaction's.
SHOW BACKUP FROM db ORDER BY CreateTime
DESC
LIMIT 1;
SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 's1'
START;
