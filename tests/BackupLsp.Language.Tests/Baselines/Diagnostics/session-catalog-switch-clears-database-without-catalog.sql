-- Without a catalog the connection's database is unknown, but a catalog switch is known to leave none.
BACKUP SNAPSHOT s0 TO nightly_repo ON (emp);
USE hr;
SET CATALOG default_catalog;
BACKUP SNAPSHOT s1 TO nightly_repo ON (emp);
USE hr;
BACKUP SNAPSHOT s2 TO nightly_repo ON (emp);
