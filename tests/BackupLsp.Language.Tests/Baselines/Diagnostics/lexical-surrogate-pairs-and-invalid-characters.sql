BACKUP SNAPSHOT db.snap_😀 TO repo ON (𝔱able, t2);
BACKUP SNAPSHOT db.s2 TO repo \ ON (t1);
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "full 😀");
