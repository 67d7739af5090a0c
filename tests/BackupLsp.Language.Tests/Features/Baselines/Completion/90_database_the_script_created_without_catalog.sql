-- options: catalog=none
CREATE DATABASE made_db;
BACKUP SNAPSHOT |
