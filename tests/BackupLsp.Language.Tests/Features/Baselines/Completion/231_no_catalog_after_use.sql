-- options: catalog=none
USE sales_db;
SHOW BACKUP FROM |
