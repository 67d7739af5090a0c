-- a RESTORE StarRocks refuses (no backup_timestamp) makes no dropped catalog again, as SRB612 reads it
DROP CATALOG hive_prod;
RESTORE SNAPSHOT catalogs FROM repo EXTERNAL CATALOG (hive_prod);
SET CATALOG hive|_prod;
