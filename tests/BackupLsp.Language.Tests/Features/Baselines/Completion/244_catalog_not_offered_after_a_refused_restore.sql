-- a RESTORE StarRocks refuses (no backup_timestamp) makes no dropped catalog again: it is still not offered
BACKUP EXTERNAL CATALOG (hive_prod) SNAPSHOT catalogs TO repo;
DROP CATALOG hive_prod;
RESTORE SNAPSHOT catalogs FROM repo EXTERNAL CATALOG (hive_prod);
SET CATALOG |
