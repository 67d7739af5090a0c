-- inside a name with a hyphen typed bare, the whole of it is replaced
CREATE TABLE example_db.`my-tbl` (k INT);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (m|y-tbl)
