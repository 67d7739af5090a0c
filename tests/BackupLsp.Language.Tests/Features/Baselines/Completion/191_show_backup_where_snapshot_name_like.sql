-- after LIKE goes a pattern: the snapshots the column holds, quoted, and no clause keyword
BACKUP SNAPSHOT example_db.nightly TO example_repo ON (example_tbl2);
SHOW BACKUP WHERE SnapshotName LIKE |
