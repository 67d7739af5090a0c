BACKUP SNAPSHOT example_db.snap1 |
