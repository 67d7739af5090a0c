DROP SNAPSHOT snapshot_la|bel2 ON example_repo;
