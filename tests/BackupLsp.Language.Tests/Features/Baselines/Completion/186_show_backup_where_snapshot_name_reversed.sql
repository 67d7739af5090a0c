-- a value before `= SnapshotName`, which StarRocks reads either way round
BACKUP SNAPSHOT example_db.nightly TO example_repo;
SHOW BACKUP WHERE '|' = SnapshotName
