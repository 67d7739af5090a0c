BACKUP SNAPSHOT example|_db.snap1 TO example_repo
