-- options: catalog=none version=3.0
-- Paimon catalogs came in 3.1: 3.0 refuses a CREATE EXTERNAL CATALOG of that type, which makes no catalog again after
-- a DROP CATALOG; a Hive catalog it makes.
DROP CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "paimon");
SET CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "hive");
SET CATALOG lake;
