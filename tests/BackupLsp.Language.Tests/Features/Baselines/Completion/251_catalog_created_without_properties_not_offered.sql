-- options: catalog=none
-- a CREATE EXTERNAL CATALOG without its properties is a syntax error: it makes no catalog again after a DROP CATALOG
SET CATALOG hive_prod;
DROP CATALOG hive_prod;
CREATE EXTERNAL CATALOG hive_prod;
SET CATALOG |
