-- options: catalog=none version=3.2
-- StarRocks refuses a CREATE DATABASE of one that exists (a CREATE TABLE proved it), or of a name it refuses before 3.3:
-- neither is the script's own creation
CREATE TABLE c.t (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
CREATE DATABASE c;
CREATE DATABASE `sales-eu`;
SHOW BACKUP FROM |
