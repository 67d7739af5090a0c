-- options: version=4.1.0
-- A version given with its first patch is named with it: "4.1" would read as the release's latest patch.
DROP SNAPSHOT snap1 ON example_repo;
BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES ("ttl" = "7d");
