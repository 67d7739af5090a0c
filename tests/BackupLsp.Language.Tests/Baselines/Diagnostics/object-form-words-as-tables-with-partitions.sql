-- options: version=3.4 severity:SRB700=off
-- Tables named by words that start an object form, with PARTITIONS after them: StarRocks predicts the form by looking
-- past it, and reads each as a table with its partitions.
BACKUP SNAPSHOT db1.s1 TO repo ON (view PARTITIONS (p1));
BACKUP SNAPSHOT db1.s2 TO repo ON (t1, tables PARTITIONS (p1));
BACKUP SNAPSHOT db1.s3 TO repo ON (views PARTITIONS p1, t2);
BACKUP SNAPSHOT db1.s4 TO repo ON (functions PARTITIONS (p1), view v1);
RESTORE SNAPSHOT db1.s1 FROM repo ON (t1, view PARTITIONS (p1)) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- A view followed by what no item takes is still the view's error.
BACKUP SNAPSHOT db1.s5 TO repo ON (VIEW v1 garbage);
-- Followed by what no item takes, each fails as a table's list does.
BACKUP SNAPSHOT db1.s6 TO repo ON (view PARTITIONS (p1) t2);
RESTORE SNAPSHOT db1.s6 FROM repo ON (view PARTITIONS (p1) t2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP SNAPSHOT db1.s7 TO repo ON (functions PARTITIONS (p1) PARTITIONS (p2));
