-- options: severity:SRB200=warning severity:duplicate-property=error severity:ignored-database-prefix=information severity:SRB700=off
BACKUP SNAPSHOT db.s1 TO repo ON (db.t1) PROPERTIES ("timout" = "3600", "type" = "full", "type" = "full");
BACKUP SNAPSHOT db.s2 TO repo;
