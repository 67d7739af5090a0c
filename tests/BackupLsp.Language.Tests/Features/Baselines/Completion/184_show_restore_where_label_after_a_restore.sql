-- the snapshot of the RESTORE the SHOW lists first, then the catalog's, the latest backed up first; the typed word is replaced
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018-05-05-10-00-00");
SHOW RESTORE WHERE Label = 'snap|'
