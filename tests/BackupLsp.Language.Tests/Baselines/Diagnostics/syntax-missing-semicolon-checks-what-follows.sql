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
