-- options: catalog=none
-- StarRocks refuses a CREATE EXTERNAL CATALOG whose "type" it does not support ("[type : mysql] is not supported"): it
-- makes no catalog again after a DROP CATALOG. The type is read in any case.
DROP CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "mysql");
SET CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "elasticsearch");
BACKUP EXTERNAL CATALOGS (lake) SNAPSHOT s1 TO repo;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "Paimon");
SET CATALOG lake;
