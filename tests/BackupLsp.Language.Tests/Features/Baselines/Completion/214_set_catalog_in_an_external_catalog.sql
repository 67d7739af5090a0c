-- in an external catalog, default_catalog first, to switch back; the current one last
SET CATALOG hive_prod;
set catalog |
