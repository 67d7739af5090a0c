BACKUP SNAPSHOT example_db.snap1 TO exa|
