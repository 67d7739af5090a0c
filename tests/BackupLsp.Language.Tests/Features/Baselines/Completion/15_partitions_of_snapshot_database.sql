BACKUP SNAPSHOT sales_db.snap1 TO example_repo ON (orders PARTITION (|
