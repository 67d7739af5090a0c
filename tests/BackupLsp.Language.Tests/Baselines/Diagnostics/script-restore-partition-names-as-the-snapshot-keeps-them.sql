-- options: catalog=demo.json severity:SRB700=off
-- BACKUP finds a partition in any case, and the snapshot keeps the table's own name for it; a RESTORE looks it up as written
BACKUP SNAPSHOT example_db.k1 TO example_repo ON (Orders PARTITION (P202401), archive);
RESTORE SNAPSHOT example_db.k1 FROM example_repo ON (Orders PARTITION (P202401) AS o6) PROPERTIES ("backup_timestamp" = "2024-09-09-00-00-00");
RESTORE SNAPSHOT example_db.k1 FROM example_repo ON (Orders PARTITION (p202401) AS o7) PROPERTIES ("backup_timestamp" = "2024-09-09-00-00-00");
-- a table the catalog does not list the partitions of: its partitions are compared in any case
BACKUP SNAPSHOT example_db.k2 TO example_repo ON (example_tbl2 PARTITION (P1));
RESTORE SNAPSHOT example_db.k2 FROM example_repo ON (example_tbl2 PARTITION (p1) AS t8) PROPERTIES ("backup_timestamp" = "2024-09-09-00-00-00");
-- a partition named twice in two cases is one partition of the snapshot
BACKUP SNAPSHOT example_db.k3 TO example_repo ON (Orders PARTITION (P202401, p202401));
RESTORE SNAPSHOT example_db.k3 FROM example_repo ON (Orders PARTITION (p202402) AS o9) PROPERTIES ("backup_timestamp" = "2024-09-09-00-00-00");
