BACKUP SNAPSHOT example_db.snapshot_label3
TO example_repo
ON (example_tbl, PARTITION (p1, p2));
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1), PARTITION (p2));
BACKUP SNAPSHOT db.s3 TO repo ON (db.t1, PARTITION (p1));
