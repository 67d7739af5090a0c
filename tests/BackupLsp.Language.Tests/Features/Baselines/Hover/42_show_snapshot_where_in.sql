SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT I|N ("snapshot_label1", "snapshot_label2")
