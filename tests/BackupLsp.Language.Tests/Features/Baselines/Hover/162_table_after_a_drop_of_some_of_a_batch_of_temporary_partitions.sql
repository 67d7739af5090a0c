-- StarRocks names a batch's temporary partitions: after a DROP of some, whether the table still has any is not known
ALTER TABLE example_db.example_tbl2 ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
ALTER TABLE example_db.example_tbl2 DROP TEMPORARY PARTITION p20240201;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl2)
