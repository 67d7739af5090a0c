-- StarRocks refuses a CREATE EXTERNAL CATALOG whose "type" is empty: the catalog stays dropped
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "");
SET CATALOG hive|_prod;
