-- options: catalog=demo.json severity:SRB700=off
-- USE default_catalog.db of a database the catalog lacks fails, but StarRocks' changeCatalogDb has switched to
-- default_catalog before it looks the database up, and it keeps the session's database name.
-- After SET CATALOG the session had none: back in default_catalog, a statement that names no database still fails.
SET CATALOG hive_catalog;
USE default_catalog.no_such_db;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE default_catalog.example_db;
-- After USE c.db the session keeps the database's name, now default_catalog's database of that name: one the catalog
-- lacks fails the BACKUP, one it lists is where the BACKUP's tables are looked up.
USE hive_catalog.web_logs;
USE default_catalog.no_such_db;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
USE hive_catalog.example_db;
USE default_catalog.no_such_db;
BACKUP SNAPSHOT s6 TO example_repo ON (no_such_table);
-- but a USE of a database alone names default_catalog's now.
USE example_db;
BACKUP SNAPSHOT s5 TO example_repo ON (no_such_table);
-- A syntax error refuses the USE before it switches anything: the session stays in hive_catalog, with no database.
SET CATALOG hive_catalog;
USE default_catalog.a.b;
BACKUP SNAPSHOT s3 TO example_repo;
-- In default_catalog the failing USE changes nothing: the database stays example_db.
USE default_catalog.example_db;
USE default_catalog.no_such_db;
BACKUP SNAPSHOT s4 TO example_repo ON (no_such_table);
