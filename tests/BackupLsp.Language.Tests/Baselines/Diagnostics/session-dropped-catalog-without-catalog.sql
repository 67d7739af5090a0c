-- Without a catalog file too: what the script drops is a fact of the script.
DROP CATALOG hive_prod;
SET CATALOG hive_prod;
USE `hive_prod`.sales;
BACKUP ALL EXTERNAL CATALOGS SNAPSHOT s1 TO repo;
BACKUP EXTERNAL CATALOGS (`hive_prod`) SNAPSHOT s2 TO repo;
CREATE EXTERNAL CATALOG IF NOT EXISTS 'hive_prod' PROPERTIES ("type" = "hive");
SET CATALOG hive_prod;
