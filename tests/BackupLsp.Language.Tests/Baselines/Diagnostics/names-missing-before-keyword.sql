-- A name missing before the statement's next keyword is said to be missing: backticking that keyword would not help.
BACKUP SNAPSHOT TO repo;
RESTORE SNAPSHOT FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT db.s1 TO ON (t1);
SHOW SNAPSHOT ON WHERE SNAPSHOT = 's1';
CREATE REPOSITORY WITH BROKER ON LOCATION "s3://bucket/backup" PROPERTIES ("aws.s3.region" = "us-west-2");
-- A reserved word meant as the name is still offered its backticks.
DROP REPOSITORY table;
DROP SNAPSHOT s1 ON select;
-- ... also when the clause after it, still being typed, would read anything
SHOW SNAPSHOT ON where WHERE
