-- options: catalog=demo.json severity:SRB700=off
-- A read-only repository is replaced by a writable one, not by one that holds the snapshot name already
BACKUP SNAPSHOT example_db.fresh_snap TO s3_repo ON (Orders);
BACKUP SNAPSHOT example_db.nightly TO s3_repo ON (Orders);
