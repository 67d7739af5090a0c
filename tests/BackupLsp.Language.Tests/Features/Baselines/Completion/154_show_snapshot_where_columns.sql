-- a condition of SHOW SNAPSHOT starts with SNAPSHOT, or TIMESTAMP
SHOW SNAPSHOT ON example_repo WHERE |
