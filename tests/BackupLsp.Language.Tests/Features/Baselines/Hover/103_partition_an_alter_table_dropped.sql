ALTER TABLE example_db.example_tbl DROP PARTITION p2;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl PARTITION (p|2))
