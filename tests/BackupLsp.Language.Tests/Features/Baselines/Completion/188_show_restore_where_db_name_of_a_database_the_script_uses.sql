-- options: catalog=none
-- a database the script only switches to with USE, in a DbName filter as after FROM; none in another catalog
USE ops_db;
USE hive.web_db;
SET CATALOG default_catalog;
SHOW RESTORE WHERE DbName = '|'
