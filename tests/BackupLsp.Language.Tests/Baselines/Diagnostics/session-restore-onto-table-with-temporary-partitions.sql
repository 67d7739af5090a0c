-- options: catalog=demo.json severity:SRB700=off
-- StarRocks' RESTORE job fails on a table that has temporary partitions, and so changes nothing: the table keeps them.
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl);
-- restored under another name, it is another table; the table restored into is what counts, in the database restored into
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS example_tbl_copy) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl2 AS example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT nightly FROM example_repo DATABASE example_db AS sales_db ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- once TRUNCATE TABLE has dropped them, the RESTORE runs
TRUNCATE TABLE example_db.example_tbl;
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
