-- options: catalog=session.json severity:SRB700=off
-- A snapshot that a BACKUP earlier in the script takes exists for the RESTOREs after it, in that repository only.
RESTORE SNAPSHOT example_db.migration FROM example_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
BACKUP SNAPSHOT example_db.migration TO example_repo ON (example_tbl);
RESTORE SNAPSHOT example_db.migration FROM example_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
RESTORE SNAPSHOT example_db.migration FROM archive_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
RESTORE SNAPSHOT example_db.nightl FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
