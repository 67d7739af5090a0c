BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT snap1 TO example_repo;
RESTORE SNAPSHOT snap1 FROM example_repo EXTERNAL CATALOG (hive_catalog AS hive_restored) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG hive_rest|ored;
USE hive_restored.sales;
