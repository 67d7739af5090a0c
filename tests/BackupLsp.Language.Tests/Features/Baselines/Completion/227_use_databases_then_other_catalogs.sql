-- after USE's databases, the other catalogs with their dot, for a database of another catalog
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE |
