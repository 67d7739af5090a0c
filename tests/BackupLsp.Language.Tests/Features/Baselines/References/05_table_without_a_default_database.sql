-- options: catalog=none
BACKUP SNAPSHOT snap1 TO repo ON (|orders);
BACKUP SNAPSHOT snap2 TO repo ON (orders);
BACKUP SNAPSHOT sales_db.snap3 TO repo ON (orders);
