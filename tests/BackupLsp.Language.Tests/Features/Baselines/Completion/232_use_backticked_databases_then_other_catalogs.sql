-- after a backtick USE offers the databases, then the other catalogs backticked with their dot after
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE `|
