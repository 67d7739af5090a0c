-- options: catalog=none
-- a new database of a dropped one's name holds what the script makes in it
CREATE DATABASE a;
CREATE TABLE a.old_t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
DROP DATABASE a;
CREATE DATABASE a;
BACKUP SNAPSHOT |a.s1 TO r;
