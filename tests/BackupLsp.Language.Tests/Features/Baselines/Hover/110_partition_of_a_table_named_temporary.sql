BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (temporary PARTITION (p|1));
