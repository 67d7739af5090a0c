-- options: catalog=demo.json
-- a fix writes a key or value in the quote it was written in
BACKUP SNAPSHOT example_db.s1 TO example_repo PROPERTIES ('timout' = '2d', 'type'='incremental', ' type ' = 'full', 'ttl'='7d');
BACKUP SNAPSHOT example_db.s2 TO example_repo PROPERTIES ('timeout' = '1h');
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl2) PROPERTIES ('timeout' = '3600');
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl2) PROPERTIES ('backup_timestamp' = '2018-05-04-16-45-09');
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl2) PROPERTIES ('backup_timestamp' = '2018-05-04-16-45-08', 'timeout' = '5m');
BACKUP SNAPSHOT example_db.s3 TO example_repo PROPERTIES ('type' = 'full', 'timeout' = 3600);
