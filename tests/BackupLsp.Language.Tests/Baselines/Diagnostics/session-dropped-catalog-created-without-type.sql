-- options: catalog=none
-- StarRocks refuses a CREATE EXTERNAL CATALOG whose properties give it no "type" (the key as written) or an empty one:
-- it makes no catalog again after a DROP CATALOG
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("hive.metastore.uris" = "thrift://metastore:9083");
SET CATALOG hive_prod;
CREATE EXTERNAL CATALOG IF NOT EXISTS hive_prod PROPERTIES ("type" = "");
USE hive_prod.sales;
CREATE EXTERNAL CATALOG hive_prod COMMENT 'the lake' PROPERTIES ("TYPE" = "hive");
BACKUP EXTERNAL CATALOGS (hive_prod) SNAPSHOT s1 TO repo;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("hive.metastore.uris" = "thrift://metastore:9083", "type" = "hive");
SET CATALOG hive_prod;
