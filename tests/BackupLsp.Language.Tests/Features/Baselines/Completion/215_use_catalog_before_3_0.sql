-- options: version=2.5
-- before 3.0 USE CATALOG switches catalogs: its catalogs as SET CATALOG's
USE CATALOG hive_prod;
USE CATALOG |
