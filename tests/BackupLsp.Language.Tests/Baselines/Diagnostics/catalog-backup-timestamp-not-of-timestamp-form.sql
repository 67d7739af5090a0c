-- options: catalog=demo.json
-- A backup_timestamp not of a timestamp's form is told once; the catalog's timestamps of the snapshot are its fixes, the nearest first
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04");
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "latest");
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
