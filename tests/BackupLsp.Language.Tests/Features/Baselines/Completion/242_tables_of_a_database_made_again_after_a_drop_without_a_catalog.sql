-- options: catalog=none
-- the tables of a new database of a dropped one's name are those the script makes in it
CREATE DATABASE a;
CREATE TABLE a.old_t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
DROP DATABASE a;
CREATE DATABASE a;
CREATE TABLE a.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT a.s1 TO r ON (|);
