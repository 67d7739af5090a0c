-- options: severity:SRB204=off
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "partial");
