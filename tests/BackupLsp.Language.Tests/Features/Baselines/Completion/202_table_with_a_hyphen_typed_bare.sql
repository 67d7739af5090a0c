-- a name with a hyphen typed bare is the word completion replaces: the name backticked
CREATE TABLE example_db.`my-tbl` (k INT);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl, my-t|
