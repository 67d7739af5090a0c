-- options: catalog=demo.json
-- X'..' or X"..", in either case, with no backslash or quote inside, is one token, as StarRocks' binary text is,
-- wherever it stands: a binary literal where an expression takes one, and no string
SHOW RESTORE FROM example_db WHERE Progress = X'66';
SHOW BACKUP FROM example_db WHERE SnapshotName = x"6566" OR Progress = X'6';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = X'6e696768746c79';
SHOW BACKUP FROM example_db LIMIT X'10';
BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES ("type" = X'66');
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION (a = X'AB'), Orders PARTITION (b = X 'AB'));
-- with a backslash inside, the X is a name and a string follows it
SHOW RESTORE FROM example_db WHERE Progress = X'6\6';
