-- a sort order and an OR in SHOW SNAPSHOT have hovers
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = "a" OR| SNAPSHOT = "b";
