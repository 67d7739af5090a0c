-- options: catalog=none
USE sales_db;
BACKUP SNAPSHOT snap1 TO rep|o;
