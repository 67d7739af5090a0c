SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1' ORDER |
