BACKUP SNAPSHOT sales_db.snap_0601 TO example_repo;
SHOW BACKUP FROM |
