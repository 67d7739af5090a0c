-- options: catalog=demo.json
CANCEL BACKUP;
USE sales_db;
CANCEL RESTORE;
CANCEL RESTORE FROM sales_db;
