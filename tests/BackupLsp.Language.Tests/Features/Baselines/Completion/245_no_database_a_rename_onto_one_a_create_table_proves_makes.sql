-- options: catalog=none
-- StarRocks refuses a rename onto a database that exists, as one a CREATE TABLE ran in does: it makes no name
CREATE TABLE c.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
ALTER DATABASE a RENAME c;
SHOW BACKUP FROM |
