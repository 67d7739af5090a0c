-- options: catalog=none version=3.2
-- A CREATE DATABASE of a name StarRocks refuses fails, and makes nothing: a BACKUP of it is refused for its name alone,
-- not as empty
CREATE DATABASE `a.b`;
BACKUP SNAPSHOT `a.b`.s1 TO repo;
CREATE DATABASE `sales-eu`;
BACKUP SNAPSHOT `sales-eu`.s2 TO repo;
-- nor does a rename onto one
CREATE DATABASE staging;
ALTER DATABASE staging RENAME `staging.old`;
BACKUP SNAPSHOT `staging.old`.s3 TO repo;
BACKUP SNAPSHOT staging.s4 TO repo;
