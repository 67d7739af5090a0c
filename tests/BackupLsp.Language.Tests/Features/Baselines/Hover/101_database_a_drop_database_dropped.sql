DROP DATABASE example_db;
BACKUP SNAPSHOT example_|db.s1 TO example_repo
