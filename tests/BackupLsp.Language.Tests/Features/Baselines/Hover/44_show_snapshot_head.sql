SHOW SNAP|SHOT ON example_repo WHERE SNAPSHOT = "snapshot_label1"
