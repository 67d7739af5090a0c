-- options: catalog=demo.json version=3.3 severity:SRB700=off
-- 3.3's grammar has no batch DROP PARTITIONS: the ALTER fails in its parser and the partitions stay
ALTER TABLE example_db.Orders DROP PARTITIONS (p202401, p202402);
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (Orders PARTITION (p202401, p202402, p202499));
-- one partition is dropped in every release
ALTER TABLE example_db.Orders DROP PARTITION IF EXISTS p202401;
BACKUP SNAPSHOT example_db.s2 TO hdfs_repo ON (Orders PARTITION (p202401));
