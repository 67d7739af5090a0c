-- inside a whole quoted value the value is replaced whole, hyphens and all
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES ("backup_timestamp" = "2018|-05-04");
