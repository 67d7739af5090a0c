-- options: catalog=none
-- StarRocks refuses a rename onto a database that exists, as one a CREATE TABLE ran in does
CREATE TABLE c.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
ALTER DATABASE a RENAME c;
BACKUP SNAPSHOT |c.s1 TO r ON (t);
