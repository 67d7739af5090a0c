BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = " full");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "full ");
