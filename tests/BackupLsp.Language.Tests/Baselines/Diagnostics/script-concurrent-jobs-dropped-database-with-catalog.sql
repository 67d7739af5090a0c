-- options: catalog=demo.json
-- a new database of the name of one the catalog lists, dropped while its job may run, runs its own job
USE example_db;
BACKUP SNAPSHOT s1 TO example_repo ON (example_tbl2);
DROP DATABASE example_db;
CREATE DATABASE example_db;
CREATE TABLE example_db.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (t);
-- a CREATE DATABASE IF NOT EXISTS of one that exists makes none, and its job stays
BACKUP SNAPSHOT sales_db.s3 TO example_repo ON (orders);
CREATE DATABASE IF NOT EXISTS sales_db;
BACKUP SNAPSHOT sales_db.s4 TO example_repo ON (orders);
