-- options: catalog=session.json
-- A BACKUP to a snapshot name its repository holds or a BACKUP before it takes there (SRB605), and a RESTORE or DROP
-- SNAPSHOT of a snapshot the repository lacks and no BACKUP before it takes (SRB606), are refused: they start no job
-- and drop nothing, so the corrected statement after one is its database's first job.
-- the catalog's own snapshot, then the name the fix offers
BACKUP SNAPSHOT example_db.nightly TO example_repo;
BACKUP SNAPSHOT example_db.nightly_2 TO example_repo;
-- a misspelt snapshot, then the one meant
RESTORE SNAPSHOT sales_db.nightlly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT sales_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a RESTORE of a snapshot that the BACKUP before it takes runs: it is the database's second job
RESTORE SNAPSHOT example_db.nightly_2 FROM example_repo ON (example_tbl AS copy_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a RESTORE of a snapshot the repository lacks reads nothing: a DROP SNAPSHOT of it waits for no job (and fails too)
RESTORE SNAPSHOT sales_db.weekly FROM archive_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
DROP SNAPSHOT weekly ON archive_repo;
