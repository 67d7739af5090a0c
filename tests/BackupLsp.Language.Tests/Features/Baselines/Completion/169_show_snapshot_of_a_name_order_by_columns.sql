SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'nightly' ORDER BY |
