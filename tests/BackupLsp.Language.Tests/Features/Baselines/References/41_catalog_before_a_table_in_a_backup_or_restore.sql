-- StarRocks ignores the catalog of `c.db.t` in a BACKUP's or RESTORE's ON (...), as it does the database (SRB306), but the
-- script names the catalog there: a rename keeps it in step
CREATE EXTERNAL CATALOG hive_catalog PROPERTIES ("type" = "hive");
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (hive_catalog.sales.orders, `hive_catalog`.sales.items PARTITION (p1), hive_catalog.orders);
RESTORE SNAPSHOT example_db.snap1 FROM example_repo ON (hive_catalog.sales.orders AS orders_copy) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG hive_|catalog;
BACKUP SNAPSHOT example_db.snap2 TO example_repo ON (hive_catalog.sales.orders, hive_catalog.items;
