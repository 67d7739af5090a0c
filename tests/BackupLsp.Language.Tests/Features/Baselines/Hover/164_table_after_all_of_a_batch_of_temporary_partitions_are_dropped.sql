-- DROP ALL TEMPORARY PARTITIONS after a DROP of some of a batch's leaves the table known to have none
ALTER TABLE example_db.example_tbl2 ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
ALTER TABLE example_db.example_tbl2 DROP TEMPORARY PARTITION p20240201;
ALTER TABLE example_db.example_tbl2 DROP ALL TEMPORARY PARTITIONS;
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl2)
