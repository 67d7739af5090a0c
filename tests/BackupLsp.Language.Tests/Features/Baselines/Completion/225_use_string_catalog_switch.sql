-- options: version=3.3
-- in USE's string from 3.0 on, a catalog switch: every catalog, in the case CATALOG is typed
SET CATALOG hive_prod;
use 'catalog |'
