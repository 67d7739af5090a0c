-- options: version=4.0
SHOW RESTORE FROM example_db |
