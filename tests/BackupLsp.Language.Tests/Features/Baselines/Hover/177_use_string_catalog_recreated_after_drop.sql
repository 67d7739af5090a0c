-- a catalog created again after its drop is one StarRocks knows
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE 'CATALOG hive|_prod';
