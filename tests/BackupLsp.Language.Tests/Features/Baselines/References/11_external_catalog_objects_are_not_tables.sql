BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_|tbl);
BACKUP EXTERNAL CATALOG (hive_catalog) SNAPSHOT snap2 TO example_repo;
BACKUP SNAPSHOT example_db.snap3 TO example_repo ON (VIEW example_tbl, FUNCTION example_tbl);
