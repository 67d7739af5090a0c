-- options: catalog=demo.json severity:SRB700=off
-- A RESTORE that names no database restores into default_catalog's database of the session's database's name whatever
-- the session's catalog: after a switch to another catalog, the fix that names the database names that one, and a fix
-- renaming an alias offers no name that database has (v_orders is a view of example_db, not of sales_db).
USE sales_db;
SET CATALOG hive1;
USE example_db;
RESTORE SNAPSHOT nightly FROM example_repo ON (x AS v_x, orders AS v_x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
SET CATALOG default_catalog;
USE example_db;
SET CATALOG hive1;
USE sales_db;
RESTORE SNAPSHOT nightly FROM example_repo ON (x AS v_x, orders AS v_x) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- None for a database default_catalog lacks.
USE web_logs;
RESTORE SNAPSHOT nightly FROM example_repo ON (example_tbl) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
