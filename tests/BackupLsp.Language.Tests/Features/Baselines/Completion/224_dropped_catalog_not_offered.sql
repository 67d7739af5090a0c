-- a catalog DROP CATALOG drops is no longer offered after it, until a CREATE makes it again
SET CATALOG hive_prod;
SET CATALOG iceberg_lake;
DROP CATALOG IF EXISTS hive_prod;
drop catalog iceberg_lake;
CREATE EXTERNAL CATALOG iceberg_lake PROPERTIES ("type" = "iceberg");
SET CATALOG |
