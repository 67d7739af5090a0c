-- options: catalog=none
CREATE DATABASE made_db;
CREATE TABLE made_db.t1 (id INT);
BACKUP SNAPSHOT made_db.s1 TO repo ON (|
