-- The WHERE of SHOW SNAPSHOT says what it filters by, and which conditions StarRocks refuses, ignores or takes otherwise
SHOW SNAPSHOT ON example_repo WHE|RE SNAPSHOT LIKE 'snapshot%';
