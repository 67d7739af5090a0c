-- options: catalog=demo.json
RESTORE SNAPSHOT example_db.nightly FROM example_repo;
RESTORE SNAPSHOT example_db.snapshot_label1 FROM example_repo ON (example_tbl2) PROPERTIES ("timeout" = "3600");
