-- options: catalog=none
-- a database dropped and made again holds none of the tables made before
CREATE DATABASE d1;
CREATE TABLE d1.t (k INT) PARTITION BY RANGE(k) (PARTITION a1 VALUES LESS THAN (10));
DROP DATABASE d1;
CREATE DATABASE d1;
BACKUP SNAPSHOT d1.s2 TO example_repo ON (t PARTITION (|));
