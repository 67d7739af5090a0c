SHOW SNAPSHOT ON example_repo ORDER BY Snapshot LIM|IT 10;
