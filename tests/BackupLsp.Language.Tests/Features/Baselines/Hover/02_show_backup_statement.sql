SHOW BACK|UP FROM example_db
