-- options: version=3.3
-- From 3.3 on the punctuation - ~ ! @ # $ % ^ & < > = + is part of a database name (PR 42954).
BACKUP SNAPSHOT `my-db`.s TO repo;
BACKUP DATABASE `a~!@#$%^&<>=+` SNAPSHOT s TO repo;
CANCEL BACKUP FROM `sales-eu`;
-- What no release takes is said so.
BACKUP SNAPSHOT `my db`.s TO repo;
-- Plain names, and a RESTORE's database (only looked up), stay taken.
BACKUP SNAPSHOT _1.s TO repo;
RESTORE SNAPSHOT `my-db`.s FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
