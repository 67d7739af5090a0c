-- a statement on a line of its own after a WHERE whose `;` is missing ends it: the condition does not run on into it
SHOW RESTORE FROM sales_db WHERE State = 'FINISHED'
CANCEL BACKUP FROM sales_db;
SHOW BACKUP FROM sales_db WHERE State = 'FINISHED'
SELECT 1;
SHOW SNAPSHOT ON r WHERE SNAPSHOT = 'a'
SHOW BACKUP;
