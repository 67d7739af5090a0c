-- the temporary partition the catalog lists is still the table's after a batch added more
ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl PARTITION (t|p1))
