-- options: severity:SRB700=off
-- without a catalog, the tables of a database the script made are known: `t.p` of one and its partition is the partition
CREATE DATABASE sales;
CREATE TABLE sales.orders (id INT, dt DATE) PARTITION BY RANGE (dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01"), PARTITION p2 VALUES LESS THAN ("2025-01-01")) DISTRIBUTED BY HASH(id);
BACKUP SNAPSHOT sales.s1 TO repo ON (orders.p1);
RESTORE SNAPSHOT sales.s1 FROM repo ON (orders.p2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- not in a database whose tables are not known
BACKUP SNAPSHOT other.s2 TO repo ON (orders.p1);
