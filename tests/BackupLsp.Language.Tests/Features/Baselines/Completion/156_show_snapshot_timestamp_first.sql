-- a TIMESTAMP before the SNAPSHOT: every backup in the repository, the latest first
SHOW SNAPSHOT ON example_repo WHERE TIMESTAMP = |
