-- A line after a statement that cannot end yet goes on with it: no statement begins there.
BACKUP SNAPSHOT example_db.snap1
|
