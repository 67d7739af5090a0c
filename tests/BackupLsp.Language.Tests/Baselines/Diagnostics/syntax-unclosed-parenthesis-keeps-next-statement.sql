BACKUP SNAPSHOT db.s1 TO repo ON (t1, t2;
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timout" = "3600");
