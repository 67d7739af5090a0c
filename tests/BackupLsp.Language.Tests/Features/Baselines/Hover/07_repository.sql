BACKUP SNAPSHOT example_db.snap1 TO exam|ple_repo
