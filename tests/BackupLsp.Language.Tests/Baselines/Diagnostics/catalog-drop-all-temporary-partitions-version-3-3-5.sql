-- options: catalog=demo.json version=3.3.5 severity:SRB700=off
-- ALTER TABLE ... DROP ALL TEMPORARY PARTITIONS came with 3.3.13, 3.4.2 and 3.5: an older release fails it (a syntax
-- error), so the table keeps its temporary partitions and a BACKUP of it is refused: so 3.3.5 does.
ALTER TABLE example_db.example_tbl DROP ALL TEMPORARY PARTITIONS;
BACKUP SNAPSHOT example_db.after_drop TO hdfs_repo ON (example_tbl);
-- TRUNCATE TABLE drops them in every release
TRUNCATE TABLE example_db.example_tbl;
BACKUP SNAPSHOT example_db.after_truncate TO hdfs_repo ON (example_tbl);
