BACKUP SNAPSHOT example_db.snap1 T|O example_repo;
