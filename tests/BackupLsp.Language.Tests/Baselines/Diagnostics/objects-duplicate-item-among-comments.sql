-- Removing a repeated item leaves the comments around it, which may be about its neighbours: only the item and its comma go.
BACKUP SNAPSHOT db1.q1 TO repo
ON (
    t1,          -- orders
    t2,          -- lookup
    t1           -- oops, again
);
BACKUP SNAPSHOT db1.q2 TO repo ON (t1 PARTITION (p1, /* the first */ p2, /* again */ P1), t2);
RESTORE SNAPSHOT db1.q1 FROM repo ON (t1)
PROPERTIES (
    "timeout" = "3600",  -- an hour
    -- the snapshot's time
    "timeout" = "7200",
    "backup_timestamp" = "2024-01-01-00-00-00"
);
