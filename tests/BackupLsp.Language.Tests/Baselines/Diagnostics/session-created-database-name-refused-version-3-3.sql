-- options: catalog=none version=3.3
-- From 3.3 on a database name may hold - and the rest of its punctuation: the CREATE makes the database, empty
CREATE DATABASE `sales-eu`;
BACKUP SNAPSHOT `sales-eu`.s1 TO repo;
CREATE DATABASE `a.b`;
BACKUP SNAPSHOT `a.b`.s2 TO repo;
