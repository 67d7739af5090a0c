BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES ('ty|
