SHOW| BACKUP FROM example_db;
