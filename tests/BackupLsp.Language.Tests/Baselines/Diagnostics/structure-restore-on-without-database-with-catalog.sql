-- options: catalog=demo.json severity:SRB700=off
RESTORE SNAPSHOT nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
USE sales_db;
RESTORE SNAPSHOT `nightly` FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
USE archive_db;
RESTORE SNAPSHOT nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
