-- StarRocks refuses a CREATE DATABASE of a database the catalog lists: it names that one, which the catalog makes
CREATE DATABASE example_db;
BACKUP SNAPSHOT example_|db.s1 TO example_repo;
DROP DATABASE example_db;
CREATE DATABASE example_db;
