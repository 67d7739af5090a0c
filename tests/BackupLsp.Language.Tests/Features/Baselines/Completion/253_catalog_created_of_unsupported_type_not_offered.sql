-- options: catalog=none version=3.2
-- Kudu catalogs came in 3.3: 3.2 refuses a CREATE EXTERNAL CATALOG of that type, which makes no catalog again after a DROP CATALOG
SET CATALOG lake;
DROP CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "kudu", "kudu.master" = "kudu:7051");
SET CATALOG |
