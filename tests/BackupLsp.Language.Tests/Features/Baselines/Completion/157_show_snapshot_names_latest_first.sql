-- the snapshots the latest backed up first
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = |
