-- SHOW RESTORE, SHOW BACKUP and SHOW REPOSITORIES take any expression StarRocks parses as their WHERE, whose columns
-- must be the result's (SRB407). One its parser cannot read fails the statement.
SHOW RESTORE FROM example_db WHERE Label LIKE 'nightly%' AND State IN ('FINISHED', 'CANCELLED');
SHOW RESTORE WHERE SNAPSHOT = 'x' OR NOT TIMESTAMP = 'y';
SHOW RESTORE IN example_db WHERE CAST(JobId AS BIGINT) > 5 && `State` != "";
SHOW BACKUP WHERE EXISTS (SELECT 1 FROM t WHERE x = 1);
SHOW REPOSITORIES WHERE Name LIKE 'a%';
SHOW RESTORE WHERE 1 +;
SHOW RESTORE FROM example_db WHERE (State = 'FINISHED';
SHOW RESTORE WHERE State = 'FINISHED' Label;
SHOW BACKUP WHERE State = ORDER BY CreateTime;
SHOW REPOSITORIES WHERE Name LIKE LIMIT 1;
-- StarRocks' grammar takes {fn ...} escapes and named arguments, which the server does not read: not reported.
SHOW RESTORE WHERE {fn ucase(State)} = 'FINISHED';
SHOW BACKUP WHERE f(a => 1) = 1;
