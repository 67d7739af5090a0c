ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITION tp202402 VALUES LESS THAN ("2024-03-01");
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl TEMPORARY PARTITION (|));
