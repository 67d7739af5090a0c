SHOW SNAPSHOT ON example_repo WHERE SNAP|SHOT IN ("snapshot_label1", "snapshot_label2")
