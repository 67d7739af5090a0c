-- options: catalog=session.json severity:SRB700=off
-- A second BACKUP of a snapshot into the repository an earlier one took it into finds it there; another repository does not.
BACKUP SNAPSHOT example_db.migration TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.migration TO archive_repo ON (example_tbl);
BACKUP SNAPSHOT sales_db.`migration` TO example_repo;
-- the catalog's own snapshots are reported as before
BACKUP SNAPSHOT example_db.nightly TO example_repo;
