RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo PROPERTIES |
