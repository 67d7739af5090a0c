-- options: version=2.5
-- Before 3.0 a USE CATALOG switches catalogs, and fails on one the script dropped; the newer switches fail for their form.
DROP CATALOG hive_prod;
USE CATALOG hive_prod;
USE 'CATALOG hive_prod';
