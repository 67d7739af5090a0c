-- options: version=3.1
-- Unified catalogs came in 3.2: 3.1 refuses a CREATE EXTERNAL CATALOG of that type, and the catalog stays dropped
DROP CATALOG lake;
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "unified");
SET CATALOG la|ke;
