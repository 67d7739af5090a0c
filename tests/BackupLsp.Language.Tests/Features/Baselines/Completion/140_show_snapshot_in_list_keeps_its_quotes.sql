-- a value goes on in the quotes the statement's strings are written in
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('nightly', |
