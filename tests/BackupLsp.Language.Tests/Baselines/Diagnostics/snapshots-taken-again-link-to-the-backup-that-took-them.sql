-- options: catalog=session.json severity:SRB700=off
-- A BACKUP to a name taken before points at the BACKUP that took it: the first since the last DROP SNAPSHOT of it.
BACKUP SNAPSHOT example_db.rotation TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.rotation TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.rotation TO example_repo ON (example_tbl);
DROP SNAPSHOT rotation ON example_repo;
BACKUP SNAPSHOT example_db.rotation TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.rotation TO example_repo ON (example_tbl);
