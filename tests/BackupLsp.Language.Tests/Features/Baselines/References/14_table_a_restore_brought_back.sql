RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl2 AS orders_copy) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (orders_co|py);
