-- a CREATE EXTERNAL CATALOG without its properties is a syntax error: the catalog stays dropped
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod;
USE 'CATALOG hive|_prod';
