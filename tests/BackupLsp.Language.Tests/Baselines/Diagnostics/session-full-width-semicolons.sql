-- options: catalog=session.json severity:SRB700=off
-- A full-width `；` typed where a USE's or SET CATALOG's `;` was meant is a letter to StarRocks: the database is
-- `sales_db；`, which no database can be named (FeNameFormat takes ASCII letters, digits and a few marks), so the USE
-- fails and switches nothing. The `；` is reported, with `;` as its fix, the USE is checked as if it ended before it,
-- and the statements after it in the session before it.
USE sales_db；
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl);
USE sales_db；
SHOW BACKUP;
BACKUP SNAPSHOT s2 TO example_repo ON (example_tbl);
USE sales_db；
SELECT 1;
BACKUP SNAPSHOT s3 TO example_repo ON (example_tbl);
USE nope；
SELECT 2;
USE sales_db； SHOW BACKUP;
USE 'CATALOG hive' ；
BACKUP SNAPSHOT s4 TO example_repo ON (example_tbl);
SET CATALOG hive；
BACKUP SNAPSHOT s5 TO example_repo ON (example_tbl);
-- in backticks it is a letter of a name, looked up as written
USE `sales_db；`;
BACKUP SNAPSHOT s6 TO example_repo ON (example_tbl);
-- with a `;`, the USE switches
USE sales_db;
BACKUP SNAPSHOT s7 TO example_repo ON (orders);
-- at the end of the script
USE example_db；
