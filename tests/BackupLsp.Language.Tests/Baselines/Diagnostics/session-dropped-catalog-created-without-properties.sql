-- options: catalog=none
-- StarRocks' grammar requires a CREATE EXTERNAL CATALOG's properties (a comment may stand before them): without them it
-- is a syntax error, which makes no catalog again after a DROP CATALOG
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod;
SET CATALOG hive_prod;
CREATE EXTERNAL CATALOG IF NOT EXISTS hive_prod COMMENT 'the lake';
USE hive_prod.sales;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ();
BACKUP EXTERNAL CATALOGS (hive_prod) SNAPSHOT s1 TO repo;
CREATE EXTERNAL CATALOG hive_prod COMMENT 'the lake' PROPERTIES ("type" = "hive");
SET CATALOG hive_prod;
