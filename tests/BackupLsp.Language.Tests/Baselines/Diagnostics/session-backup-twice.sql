-- options: catalog=session.json severity:SRB700=off
-- A second BACKUP of a snapshot into the repository an earlier one took it into finds it there; another repository does not.
BACKUP SNAPSHOT example_db.migration TO example_repo ON (example_tbl);
BACKUP SNAPSHOT example_db.migration TO archive_repo ON (example_tbl);
BACKUP SNAPSHOT sales_db.`migration` TO example_repo;
-- the catalog's own snapshots are reported as before
BACKUP SNAPSHOT example_db.nightly TO example_repo;
-- a repository whose snapshots are not known, as one the script creates (its location may hold some), finds it there too
CREATE REPOSITORY new_repo WITH BROKER ON LOCATION "s3a://bucket/new" PROPERTIES ("aws.s3.region" = "us-west-2");
BACKUP SNAPSHOT example_db.weekly TO new_repo;
BACKUP SNAPSHOT example_db.weekly TO new_repo;
-- unless a DROP SNAPSHOT took it away between them
DROP SNAPSHOT weekly ON new_repo;
BACKUP SNAPSHOT example_db.weekly TO new_repo;
