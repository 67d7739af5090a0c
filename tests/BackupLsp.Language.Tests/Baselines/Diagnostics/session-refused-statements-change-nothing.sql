-- options: catalog=session.json severity:SRB700=off
-- A statement StarRocks refuses changes nothing in the session: the statements after it find what was there before it,
-- and the corrected statement after it does what it says.
-- a RESTORE without its backup_timestamp brings nothing back
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS restored_tbl);
BACKUP SNAPSHOT example_db.s1 TO archive_repo ON (restored_tbl);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS restored_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.s2 TO archive_repo ON (restored_tbl);
-- nor does one from a repository the catalog does not list, or of a timestamp the snapshot does not have
RESTORE SNAPSHOT example_db.nightly FROM exmple_repo ON (example_tbl AS copy_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS copy_tbl) PROPERTIES ("backup_timestamp" = "2024-01-02-00-00-00");
BACKUP SNAPSHOT example_db.s3 TO archive_repo ON (copy_tbl);
-- a RESTORE whose only problems are warnings restores
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (example_tbl AS copy_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00", "timeout" = "3600", "timeout" = "7200");
BACKUP SNAPSHOT example_db.s4 TO archive_repo ON (copy_tbl);
