-- options: catalog=demo.json severity:SRB700=off
-- ALTER TABLE t RENAME PARTITION p p2 renames a partition of a table partitioned by RANGE, the others as they were
CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"), PARTITION p2 VALUES LESS THAN ("2024-02-01"));
ALTER TABLE daily RENAME PARTITION p1 p202312;
BACKUP SNAPSHOT s1 TO example_repo ON (daily PARTITION (p1, p2, p202312));
-- a copy is partitioned as the table it copies
CREATE TABLE daily_copy LIKE daily;
ALTER TABLE daily_copy RENAME PARTITION `P2` p202401;
BACKUP SNAPSHOT s2 TO example_repo ON (daily_copy PARTITION (p2, p202312, p202401));
-- refused onto a name the table has, or of one it lacks: nothing changes
ALTER TABLE daily RENAME PARTITION p2 p202312;
ALTER TABLE daily RENAME PARTITION p9 p10;
BACKUP SNAPSHOT s3 TO example_repo ON (daily PARTITION (p2, p10));
-- unknown after: a table partitioned by LIST (which some releases refuse to rename), a catalog table (the catalog does
-- not say how it is partitioned)
CREATE TABLE regions (k INT) PARTITION BY LIST (k) (PARTITION p_east VALUES IN (1), PARTITION p_west VALUES IN (2));
ALTER TABLE regions RENAME PARTITION p_east p_north;
ALTER TABLE Orders RENAME PARTITION p202401 p2024_01;
BACKUP SNAPSHOT s4 TO example_repo ON (regions PARTITION (p_east, p_south), Orders PARTITION (p202401, p2024_01));
