BACKUP SNAPSHOT db.s1 TO repo PROPERTY ("type" = "full");
BACKUP SNAPSHOT db.s2 TO repo ON (t1) PROPERTIS ("type" = "full");
