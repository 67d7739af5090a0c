SET CATALOG hive_cat|alog;
