-- options: catalog=demo.json
-- a database the catalog lists keeps its running job through a rename, and the session's current database is followed
USE example_db;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
ALTER DATABASE example_db RENAME renamed_db;
BACKUP SNAPSHOT renamed_db.s2 TO example_repo ON (example_tbl2);
CREATE DATABASE example_db;
CREATE TABLE example_db.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (t);
-- a rename onto a database that exists is refused, and moves no job: the CANCEL stops the one of the renamed example_db
BACKUP SNAPSHOT sales_db.s4 TO example_repo ON (orders);
ALTER DATABASE sales_db RENAME renamed_db;
CANCEL BACKUP FROM renamed_db;
BACKUP SNAPSHOT sales_db.s5 TO example_repo ON (orders);
