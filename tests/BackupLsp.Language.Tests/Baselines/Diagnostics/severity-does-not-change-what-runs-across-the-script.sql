-- options: catalog=session.json severity:SRB605=off severity:SRB606=off
-- Whether a BACKUP's name is taken, or a RESTORE's snapshot there, decides whether StarRocks runs it, whatever level
-- those rules are shown at: the refused statements here start no job, and the ones after them are their databases' first.
BACKUP SNAPSHOT example_db.nightly TO example_repo;
BACKUP SNAPSHOT example_db.nightly_2 TO example_repo;
RESTORE SNAPSHOT sales_db.nightlly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
RESTORE SNAPSHOT sales_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
