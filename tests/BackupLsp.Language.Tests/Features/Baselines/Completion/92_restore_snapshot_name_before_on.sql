RESTORE SNAPSHOT | FROM example_repo ON (example_tbl)
