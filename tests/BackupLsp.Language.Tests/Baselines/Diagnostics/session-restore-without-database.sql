-- options: catalog=demo.json severity:SRB700=off
-- A RESTORE that names no database restores into the database its snapshot was taken from, not the session's: here
-- example_db, which gets example_tbl2 back after it was renamed away.
BACKUP SNAPSHOT example_db.snapx TO example_repo ON (example_tbl2);
ALTER TABLE example_db.example_tbl2 RENAME tbl_old;
USE sales_db;
RESTORE SNAPSHOT snapx FROM example_repo PROPERTIES ("backup_timestamp" = "2024-06-01-00-00-00");
BACKUP SNAPSHOT example_db.snapy TO example_repo ON (example_tbl2);
