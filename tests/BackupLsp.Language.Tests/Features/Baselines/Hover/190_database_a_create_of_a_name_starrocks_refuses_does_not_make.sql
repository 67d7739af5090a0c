-- options: catalog=none version=3.2
-- Before 3.3 StarRocks refuses a database name with punctuation (FeNameFormat.checkDbName, SRB113 in a BACKUP): its CREATE
-- DATABASE makes nothing, so hover tells of no line that creates it
CREATE DATABASE `sales-eu`;
SHOW BACKUP FROM `sales|-eu`;
