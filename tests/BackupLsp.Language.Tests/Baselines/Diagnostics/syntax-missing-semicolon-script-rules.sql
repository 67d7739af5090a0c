-- options: catalog=session.json severity:SRB700=off
-- The statements after a missing `;` take part in the rules across statements as they would with the `;`:
-- a BACKUP of a held snapshot, a DROP SNAPSHOT that frees a name, a RESTORE of what was dropped.
SHOW SNAPSHOT ON example_repo
BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.x1 TO example_repo ON (example_tbl);
DROP SNAPSHOT x1 ON example_repo
RESTORE SNAPSHOT example_db.x1 FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
