-- options: version=2.5
-- before 3.0 USE's string is a database: no catalog switch in it
CREATE EXTERNAL CATALOG hive_prod PROPERTIES ("type" = "hive");
USE 'CATALOG |'
