SHOW RESTORE FROM example_db WHERE SNAP|SHOT = "snapshot_label1"
