SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('snapshot_label1') |
