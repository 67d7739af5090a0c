-- a new database of a dropped one's name holds what the script makes in it, none of the catalog's tables
DROP DATABASE sales_db;
CREATE DATABASE sales_db;
CREATE TABLE sales_db.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT |sales_db.s1 TO r ON (t);
