SELECT * FROM example_|repo;
