-- options: catalog=session.json
-- Statements that name no database work in the session's: the catalog's default until a USE changes it.
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE sales_db;
BACKUP SNAPSHOT s2 TO example_repo ON (orders);
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl);
use default_catalog.`example_db`;
BACKUP SNAPSHOT s4 TO example_repo ON (orders);
-- a named database is that database, whatever the session's
BACKUP SNAPSHOT sales_db.s5 TO example_repo ON (orders);
