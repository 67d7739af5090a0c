-- options: catalog=none version=3.2
-- Before 3.3 StarRocks refuses a database name with punctuation (FeNameFormat.checkDbName, SRB113 in a BACKUP): a CREATE
-- DATABASE or a rename that gives one makes nothing, so neither is a definition of it
CREATE DATABASE `sales-eu`;
ALTER DATABASE sales RENAME `sales-eu`;
SHOW BACKUP FROM `sales|-eu`;
