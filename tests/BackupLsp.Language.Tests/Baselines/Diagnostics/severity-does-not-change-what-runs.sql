-- options: severity:SRB206=off severity:SRB204=error
-- Whether StarRocks refuses a statement is its rule's, not the level configured to show it: a timeout under 600 seconds
-- refuses the BACKUP though it is not shown, and an incremental type, shown as an error, refuses nothing.
BACKUP SNAPSHOT db1.s1 TO repo PROPERTIES ("timeout" = "60");
BACKUP SNAPSHOT db1.s2 TO repo;
BACKUP SNAPSHOT db2.s3 TO repo PROPERTIES ("type" = "incremental");
BACKUP SNAPSHOT db2.s4 TO repo;
