DR|OP SNAPSHOT nightly ON example_repo FORCE;
