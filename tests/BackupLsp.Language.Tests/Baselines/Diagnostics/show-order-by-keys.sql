-- ORDER BY takes what StarRocks' grammar does: sort keys (any expression) separated by commas, each with ASC or DESC and NULLS FIRST or LAST;
-- StarRocks 4.1 then sorts by columns only ("Show stmt only support order by column"), which is not checked here
SHOW BACKUP ORDER BY CreateTime DESC NULLS FIRST, JobId ASC;
SHOW RESTORE ORDER BY 1, lower(State), `Database` DESC;
SHOW SNAPSHOT ON example_repo ORDER BY Timestamp DESC LIMIT 2;
-- anything else fails the statement
SHOW BACKUP ORDER BY CreateTime garbage words here;
SHOW BACKUP ORDER BY CreateTime DESCC;
SHOW BACKUP ORDER BY JobId ASC DESC;
SHOW BACKUP ORDER BY JobId,;
-- a reserved word meant as a column is one to backtick, in a sort key as in a condition
SHOW BACKUP ORDER BY JobId, order;
SHOW REPOSITORIES ORDER BY select;
SHOW SNAPSHOT ON example_repo ORDER BY Database DESC;
SHOW RESTORE WHERE Database = 'example_db';
-- each reserved word of a condition or of the sort keys is told, with its fix
SHOW BACKUP FROM example_db ORDER BY text, files;
SHOW BACKUP FROM example_db WHERE text = 1 AND files = 2;
