-- options: catalog=session.json severity:SRB700=off
-- A DROP that does not parse drops nothing in StarRocks: the statements after it still find what it names.
DROP SNAPSHOT nightly ON example_repo FORCE now;
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
DROP REPOSITORY example_repo FORCE;
SHOW SNAPSHOT ON example_repo;
DROP REPOSITORY example_repo;
SHOW SNAPSHOT ON example_repo;
