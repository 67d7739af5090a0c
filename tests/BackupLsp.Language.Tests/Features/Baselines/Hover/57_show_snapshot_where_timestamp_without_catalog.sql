-- options: catalog=none
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'nightly' AND TIMESTAMP = '2019-01-01-0|0-00-00'
