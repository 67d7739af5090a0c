DROP SNAPSHOT nightly ON example_repo |
