-- options: catalog=none
-- in a snapshot name, the session's current database first, then those the script creates
CREATE DATABASE made_db;
USE ops_db;
BACKUP SNAPSHOT |
