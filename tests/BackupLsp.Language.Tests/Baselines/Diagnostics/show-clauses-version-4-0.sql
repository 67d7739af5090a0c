-- options: version=4.0
-- Before 4.1 StarRocks took a WHERE only after SHOW RESTORE, which it ignored, and SHOW SNAPSHOT, and no ORDER BY or LIMIT after any SHOW
SHOW RESTORE FROM example_db WHERE State = 'FINISHED';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1';
SHOW BACKUP FROM example_db WHERE State = 'FINISHED';
SHOW REPOSITORIES WHERE Name = 'example_repo';
SHOW BACKUP ORDER BY CreateTime DESC;
SHOW RESTORE WHERE State = 'FINISHED' ORDER BY CreateTime LIMIT 1;
SHOW SNAPSHOT ON example_repo LIMIT 5 OFFSET 10;
SHOW REPOSITORIES ORDER BY Name LIMIT 1, 2;
