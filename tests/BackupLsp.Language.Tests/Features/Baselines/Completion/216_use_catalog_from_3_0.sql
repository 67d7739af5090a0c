-- from 3.0 on USE CATALOG is a syntax error: no catalogs after it
SET CATALOG hive_prod;
USE CATALOG |
