-- options: catalog=none
-- StarRocks refuses a CREATE EXTERNAL CATALOG whose properties give it no "type": it makes no catalog again after a DROP CATALOG
SET CATALOG hive_prod;
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("hive.metastore.uris" = "thrift://metastore:9083");
SET CATALOG |
