CREATE DATABASE new_db;
USE new_db;
CREATE TABLE t1 (id INT);
BACKUP SNAPSHOT new_db.s1 TO example_repo ON (|
