-- options: version=4.1
-- the session's current database first in a DbName filter, as after FROM: a SHOW without FROM lists every database's job
USE sales_db;
CREATE DATABASE new_db;
SHOW BACKUP WHERE DbName = '|'
