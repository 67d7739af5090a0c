-- options: catalog=none
-- Without a catalog too, a USE of `example_db；` switches nothing: the BACKUPs after it work on the database before it,
-- the one the second names, and the second is hinted.
USE sales_db;
USE example_db；
BACKUP SNAPSHOT s1 TO repo;
BACKUP SNAPSHOT sales_db.s2 TO repo;
