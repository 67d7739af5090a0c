BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "INCREMENTAL");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "incremental ");
