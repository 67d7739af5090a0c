-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- A form newer than the configured release fails there: the statement changes nothing, as one with an error does. The
-- BACKUP with "ttl" (4.2) takes no snapshot, so the BACKUP that follows it may take the name
BACKUP SNAPSHOT example_db.k3 TO example_repo ON (example_tbl2) PROPERTIES ("ttl" = "30 DAY");
BACKUP SNAPSHOT example_db.k3 TO example_repo ON (example_tbl2);
-- DROP SNAPSHOT (4.2) drops nothing, so the snapshot can still be restored
DROP SNAPSHOT nightly ON example_repo;
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl2 AS restored) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- BACKUP DATABASE (3.4) takes nothing either
BACKUP DATABASE example_db SNAPSHOT nightly_0101 TO example_repo;
BACKUP SNAPSHOT example_db.nightly_0101 TO example_repo ON (example_tbl2);
