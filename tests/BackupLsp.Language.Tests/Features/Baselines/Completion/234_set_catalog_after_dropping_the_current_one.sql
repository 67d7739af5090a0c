-- after a DROP CATALOG of the catalog the session is in, a switch back to it is not offered: StarRocks fails it
SET CATALOG hive_prod;
DROP CATALOG hive_prod;
SET CATALOG |
