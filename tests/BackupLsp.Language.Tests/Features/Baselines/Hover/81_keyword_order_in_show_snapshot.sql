-- StarRocks 4.1 sorts and limits what a SHOW lists.
SHOW SNAPSHOT ON example_repo ORD|ER BY Snapshot LIMIT 10;
