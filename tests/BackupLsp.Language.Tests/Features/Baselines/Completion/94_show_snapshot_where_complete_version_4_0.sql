-- options: version=4.0
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1' |
