-- after AND's column, the = SHOW SNAPSHOT reads (no IN there)
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1' AND TIMESTAMP |
