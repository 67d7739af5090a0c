-- options: catalog=demo.json version=3.1 severity:SRB700=off
-- 3.0 refuses to back up a table partitioned by LIST; 3.1's latest patches back it up
CREATE TABLE t_city (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY LIST (city) (PARTITION pBJ VALUES IN ("Beijing")) DISTRIBUTED BY HASH(dt);
CREATE TABLE t_range (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY RANGE (dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01")) DISTRIBUTED BY HASH(dt);
CREATE TABLE t_expr (dt DATE, city VARCHAR(20)) DUPLICATE KEY(dt) PARTITION BY date_trunc('day', dt) DISTRIBUTED BY HASH(dt);
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (t_city, t_range, t_expr);
BACKUP SNAPSHOT example_db.s2 TO example_repo;
