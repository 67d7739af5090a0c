-- options: catalog=session.json severity:SRB700=off
-- The statement after a missing `;` is checked as if the `;` were there, in the session the statement before it leaves.
USE sales_db
BACKUP SNAPSHOT s1 TO example_repo ON (orders, example_tbl);
CREATE DATABASE made_db
BACKUP SNAPSHOT made_db.s2 TO no_such_repo;
-- one statement missing its `;` after another
SELECT 1
SHOW BACKUP FROM no_such_db
BACKUP SNAPSHOT example_db.s3 TO example_repo PROPERTIES ("timeout"="1");
-- what a statement after a missing `;` changes counts after the `;` too, as it would with the missing one
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl)
USE sales_db
BACKUP SNAPSHOT s5 TO example_repo ON (orders);
BACKUP SNAPSHOT s6 TO example_repo ON (orders);
-- a DROP cut where its parse stops is read up to its own end, and so is a USE whose name is not written yet
SHOW BACKUP
DROP REPOSITORY archive_repo
USE sales_db;
BACKUP SNAPSHOT s7 TO archive_repo ON (orders);
USE
BACKUP SNAPSHOT s8 TO example_repo ON (orders);
