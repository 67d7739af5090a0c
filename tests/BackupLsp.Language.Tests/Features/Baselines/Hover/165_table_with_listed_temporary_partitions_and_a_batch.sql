-- a batch of temporary partitions adds to those the catalog lists, which the table still has
ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl)
