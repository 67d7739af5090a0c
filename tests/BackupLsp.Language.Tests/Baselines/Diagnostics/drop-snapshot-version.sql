-- options: version=4.1
DROP SNAPSHOT nightly ON example_repo FORCE;
