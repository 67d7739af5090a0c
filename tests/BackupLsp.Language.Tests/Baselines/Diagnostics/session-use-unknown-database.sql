-- options: catalog=session.json
-- A USE of a database the catalog does not list fails in StarRocks (Unknown database) and switches nothing: it is
-- reported, with a did-you-mean, and the statements after it are checked in the database before it.
USE sales_dbb;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
USE `example db`;
use default_catalog.Sales_db;
-- an external catalog's database is not described by the catalog file
USE hive_catalog.web_logs;
-- a database created or restored earlier in the script exists
CREATE DATABASE staging;
USE staging;
RESTORE SNAPSHOT nightly FROM example_repo DATABASE example_db AS restored_db PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
USE restored_db;
-- the system databases every cluster has, whether the catalog lists them or not
USE information_schema;
use `sys`;
USE _statistics_;
-- other SQL stays unchecked, and so does a USE that names no database
SELECT * FROM no_such_db.t;
USE;
USE sales_db;
