-- a value before `= SnapshotName`, which StarRocks reads either way round
BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
SHOW BACKUP WHERE '|' = SnapshotName
