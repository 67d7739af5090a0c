-- options: catalog=none
-- a database the script only switches to with USE: the current one first, the others after those it creates, with the line of their last USE
USE ops_db;
CREATE DATABASE made_db;
USE staging_db;
USE ops_db;
SHOW BACKUP FROM |
