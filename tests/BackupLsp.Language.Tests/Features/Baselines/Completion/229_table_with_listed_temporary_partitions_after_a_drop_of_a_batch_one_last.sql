-- after a DROP of one of a batch's temporary partitions, the one the catalog lists keeps the table last
ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION p20240201;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|
