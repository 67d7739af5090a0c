-- options: catalog=demo.json severity:SRB700=off
-- StarRocks drops the session's own catalog and leaves the session in it: a USE of a database without its catalog then
-- finds none, and a switch back to it fails; a switch to another catalog, or a USE that names one, works.
SET CATALOG hive_catalog;
USE web_logs;
DROP CATALOG hive_catalog;
USE web_logs;
SET CATALOG hive_catalog;
USE default_catalog.example_db;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
-- Back in default_catalog, a USE looks its database up there.
USE web_logs;
