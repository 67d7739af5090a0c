-- StarRocks' analyzer checks only comparisons, AND, OR, NOT and IN: a lone value passes, filters nothing, and every snapshot is listed
SHOW SNAPSHOT ON example_repo WHERE TRUE;
SHOW SNAPSHOT ON example_repo WHERE false;
SHOW SNAPSHOT ON example_repo WHERE NULL;
SHOW SNAPSHOT ON example_repo WHERE 1;
SHOW SNAPSHOT ON example_repo WHERE 'snap1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT;
SHOW SNAPSHOT ON example_repo WHERE (`snapshot`);
-- but a lone value beside AND, or under NOT, is refused
SHOW SNAPSHOT ON example_repo WHERE TRUE AND SNAPSHOT = 'snap1';
SHOW SNAPSHOT ON example_repo WHERE NOT TRUE;
SHOW SNAPSHOT ON example_repo WHERE TRUE = SNAPSHOT;
