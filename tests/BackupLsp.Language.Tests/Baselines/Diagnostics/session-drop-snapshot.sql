-- options: catalog=session.json severity:SRB700=off
-- DROP SNAPSHOT (current StarRocks) frees the name for the BACKUPs after it; the RESTOREs after it no longer find it.
BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP SNAPSHOT nightly ON example_repo;
BACKUP SNAPSHOT example_db.nightly TO example_repo;
BACKUP SNAPSHOT example_db.nightly TO example_repo;
DROP SNAPSHOT `nightly` ON `example_repo` FORCE;
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT example_db.nightly TO example_repo;
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- a drop from another repository, or of another name, frees nothing here
DROP SNAPSHOT nightly ON archive_repo;
DROP SNAPSHOT weekly ON example_repo;
BACKUP SNAPSHOT example_db.nightly TO example_repo;
