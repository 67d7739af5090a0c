BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "FULL");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "full");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "Full");
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("type" = "differential");
BACKUP SNAPSHOT db.s5 TO repo PROPERTIES ("type" = "fulll");
