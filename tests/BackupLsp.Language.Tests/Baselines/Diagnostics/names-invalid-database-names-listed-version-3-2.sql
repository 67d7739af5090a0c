-- options: catalog=punctuated-databases.json version=3.2
-- A database the catalog lists under a name the configured release refuses: the statement fails for the name alone, and
-- nothing in the database is checked
BACKUP SNAPSHOT `sales-eu`.s1 TO repo ON (customers);
BACKUP SNAPSHOT `empty-db`.s2 TO repo;
