-- options: catalog=none
-- a created table renamed away, or swapped, has no partitions known
CREATE TABLE d1.t (k INT) PARTITION BY RANGE(k) (PARTITION a1 VALUES LESS THAN (10));
ALTER TABLE d1.t RENAME t3;
BACKUP SNAPSHOT d1.s2 TO example_repo ON (t PARTITION (|));
