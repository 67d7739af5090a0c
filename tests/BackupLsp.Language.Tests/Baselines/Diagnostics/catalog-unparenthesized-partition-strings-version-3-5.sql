-- options: catalog=demo.json version=3.5
-- up to 3.5 one name follows PARTITION without parentheses: a string after it fails to parse there
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION p1, 'p2');
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tbl PARTITION p1, p2, 'p3', example_tbl2);
-- a quoted first partition alone is read by every release
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (example_tbl PARTITION 'p1', example_tbl2);
