-- a switch to a catalog the script dropped before says so
SET CATALOG hive_prod;
DROP CATALOG IF EXISTS hive_prod;
SET CATALOG hive|_prod;
