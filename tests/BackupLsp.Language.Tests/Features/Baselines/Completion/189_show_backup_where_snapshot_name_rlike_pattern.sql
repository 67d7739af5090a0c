-- the pattern after RLIKE is a value, as after LIKE: the snapshots go there, no clause keyword
BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
SHOW BACKUP WHERE SnapshotName RLIKE |'^night'
