-- options: catalog=none
-- the snapshot of the BACKUP the SHOW lists (its database's last job) first, then the database's earlier BACKUPs'
BACKUP SNAPSHOT sales_db.s1 TO repo1;
BACKUP SNAPSHOT example_db.s2 TO repo1;
BACKUP SNAPSHOT sales_db.s3 TO repo2;
SHOW BACKUP FROM sales_db WHERE SnapshotName = '|'
