-- LIMIT takes what StarRocks' grammar does: digits, a ? parameter or a user variable, as LIMIT n, LIMIT n OFFSET m or LIMIT m, n
SHOW BACKUP LIMIT 5;
SHOW BACKUP LIMIT 5 OFFSET 10;
SHOW RESTORE LIMIT 10, 5;
SHOW REPOSITORIES LIMIT ?;
SHOW SNAPSHOT ON example_repo LIMIT @n OFFSET @'skipped';
SHOW BACKUP LIMIT @`n`, 5;
-- a count up to the 64-bit maximum, leading zeros and all; one past it fails (StarRocks reads it with Long.parseLong)
SHOW BACKUP LIMIT 9223372036854775807 OFFSET 0000000000000000000001;
SHOW BACKUP LIMIT 9223372036854775808;
SHOW RESTORE LIMIT 99999999999999999999999, 5;
-- anything else is a syntax error at the token that does not fit
SHOW BACKUP LIMIT 'x';
SHOW BACKUP LIMIT abc;
SHOW BACKUP LIMIT select;
SHOW BACKUP LIMIT -1;
SHOW BACKUP LIMIT 1.5;
SHOW BACKUP LIMIT 1e3;
SHOW BACKUP LIMIT 1 OFFSET;
SHOW BACKUP LIMIT 1 OFFSET 'x';
SHOW BACKUP LIMIT 1, 2, 3;
SHOW BACKUP LIMIT 1, 2 OFFSET 3;
SHOW BACKUP LIMIT 5 ORDER BY CreateTime;
SHOW BACKUP LIMIT @;
SHOW BACKUP LIMIT @select;
-- a clause keyword right after WHERE or ORDER BY: the condition or sort key is missing
SHOW BACKUP ORDER BY LIMIT 1;
SHOW BACKUP WHERE ORDER BY CreateTime;
SHOW BACKUP WHERE LIMIT 1;
-- a reserved word meant as a column is one to backtick
SHOW BACKUP WHERE limit = 1;
SHOW BACKUP ORDER BY limit DESC;
