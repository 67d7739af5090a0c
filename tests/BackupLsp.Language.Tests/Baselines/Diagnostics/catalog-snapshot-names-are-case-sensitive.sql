-- options: catalog=demo.json severity:SRB700=off
-- Snapshot names are compared as written: SNAPSHOT_LABEL1 is not the catalog's snapshot_label1
BACKUP SNAPSHOT example_db.SNAPSHOT_LABEL1 TO example_repo ON (Orders);
BACKUP SNAPSHOT example_db.snapshot_label1 TO example_repo ON (Orders);
RESTORE SNAPSHOT example_db.SNAPSHOT_LABEL1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
