-- after a REPLACE with one of a batch's temporary partitions, whether the table has another one is not known
ALTER TABLE example_db.example_tbl ADD TEMPORARY PARTITIONS START ("2024-02-01") END ("2024-02-03") EVERY (INTERVAL 1 DAY);
ALTER TABLE example_db.example_tbl REPLACE PARTITION (p1) WITH TEMPORARY PARTITION (p20240201);
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl TEMPORARY PARTITION (tp|2));
