-- options: catalog=session.json severity:SRB700=off
-- A CANCEL BACKUP stops the job of the last BACKUP in its database if that job still runs: cancelled while uploading, the
-- job leaves its snapshot's folder in the repository, and before, nothing. So a BACKUP of the name again is no error, nor
-- is a RESTORE of it.
BACKUP SNAPSHOT example_db.retry TO example_repo ON (example_tbl);
CANCEL BACKUP FROM example_db;
BACKUP SNAPSHOT example_db.retry TO example_repo ON (example_tbl);
-- once taken again, the name is taken
BACKUP SNAPSHOT example_db.retry TO example_repo ON (example_tbl);
-- a CANCEL in another database stops nothing here
BACKUP SNAPSHOT example_db.kept TO example_repo ON (example_tbl);
CANCEL BACKUP FROM sales_db;
BACKUP SNAPSHOT example_db.kept TO example_repo ON (example_tbl);
-- a CANCEL RESTORE stops no BACKUP
BACKUP SNAPSHOT example_db.restored TO example_repo ON (example_tbl);
CANCEL RESTORE FROM example_db;
BACKUP SNAPSHOT example_db.restored TO example_repo ON (example_tbl);
-- a snapshot whose BACKUP a CANCEL may have stopped is no unknown snapshot to RESTORE or DROP SNAPSHOT
BACKUP SNAPSHOT example_db.maybe TO example_repo ON (example_tbl);
CANCEL BACKUP FROM example_db;
RESTORE SNAPSHOT example_db.maybe FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- the CANCEL stops the last BACKUP of the database only: an earlier one's snapshot stays taken
BACKUP SNAPSHOT example_db.first TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.second TO example_repo ON (example_tbl);
CANCEL BACKUP FROM example_db;
BACKUP SNAPSHOT example_db.first TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.second TO example_repo ON (example_tbl);
-- a BACKUP in the session's database, which USE chose, is stopped by a CANCEL there; a CANCEL that StarRocks refuses
-- stops nothing
USE example_db;
BACKUP SNAPSHOT session_taken TO example_repo ON (example_tbl);
CANCEL BACKUP FROM example_db;
BACKUP SNAPSHOT session_taken TO example_repo ON (example_tbl);
CANCEL BACKUP;
BACKUP SNAPSHOT session_taken TO example_repo ON (example_tbl);
