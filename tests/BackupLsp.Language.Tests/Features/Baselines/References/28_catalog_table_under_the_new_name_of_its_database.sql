BACKUP SNAPSHOT sales_db.s0 TO r ON (orders);
ALTER DATABASE sales_db RENAME shop;
USE shop;
BACKUP SNAPSHOT s TO r ON (|orders);
BACKUP SNAPSHOT sales_db.s2 TO r ON (orders);
