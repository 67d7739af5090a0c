BACKUP SNAPSHOT db.s TO repo PROPERTIES ("timout" = "1000");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("tpye" = "full", "timeout" = "3600");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "full", "time_out" = "3600");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ("type" = "full", "typ" = "full");
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("type" = "full", "TYPE" = "full");
