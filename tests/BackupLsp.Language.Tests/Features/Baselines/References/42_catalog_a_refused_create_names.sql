-- StarRocks refuses a CREATE EXTERNAL CATALOG without PROPERTIES, without a "type" or of a type it does not support: it
-- names the catalog and makes none
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "iceberg");
CREATE EXTERNAL CATALOG lake;
CREATE EXTERNAL CATALOG IF NOT EXISTS lake PROPERTIES ("iceberg.catalog.type" = "rest");
CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "mysql");
SET CATALOG la|ke;
