SHOW SNAPSHOT O|N example_repo
