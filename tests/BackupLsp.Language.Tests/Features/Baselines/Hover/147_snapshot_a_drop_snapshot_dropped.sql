-- options: catalog=demo.json
-- A snapshot the catalog lists that a DROP SNAPSHOT before took out of its repository: said so.
DROP SNAPSHOT nightly ON example_repo;
RESTORE SNAPSHOT example_db.night|ly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
