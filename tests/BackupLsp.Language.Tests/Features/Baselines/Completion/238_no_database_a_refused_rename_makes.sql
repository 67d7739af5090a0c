-- options: catalog=none
-- StarRocks refuses a rename onto a database that exists, as one the script made a table of LIST partitions in does: it makes no name
CREATE TABLE c.t (k INT) PARTITION BY LIST (k) (PARTITION p1 VALUES IN ("1")) DISTRIBUTED BY HASH(k);
ALTER DATABASE a RENAME c;
SHOW BACKUP FROM |
