-- options: catalog=demo.json
-- TRUNCATE TABLE drops the table's temporary partitions too: backing it up afterwards is not refused for them.
TRUNCATE TABLE example_db.example_tbl;
BACKUP SNAPSHOT example_db.s1 TO hdfs_repo ON (example_tbl);
