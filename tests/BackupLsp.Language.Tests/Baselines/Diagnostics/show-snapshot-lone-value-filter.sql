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
-- a function call, arithmetic, a sign or a variable is a lone value too, and so are LIKE and the others of such values
SHOW SNAPSHOT ON example_repo WHERE now();
SHOW SNAPSHOT ON example_repo WHERE db.f(1, 'a', g(-2));
SHOW SNAPSHOT ON example_repo WHERE 1 + 2 * (3 % 4);
SHOW SNAPSHOT ON example_repo WHERE -1;
SHOW SNAPSHOT ON example_repo WHERE @v;
SHOW SNAPSHOT ON example_repo WHERE @'v' DIV 2;
SHOW SNAPSHOT ON example_repo WHERE @@session.sql_mode;
SHOW SNAPSHOT ON example_repo WHERE 1.5;
SHOW SNAPSHOT ON example_repo WHERE concat(SNAPSHOT, '_x') LIKE 'snap%';
-- but not what StarRocks cannot parse
SHOW SNAPSHOT ON example_repo WHERE f(1,);
SHOW SNAPSHOT ON example_repo WHERE 1 +;
SHOW SNAPSHOT ON example_repo WHERE @;
SHOW SNAPSHOT ON example_repo WHERE order(1);
SHOW SNAPSHOT ON example_repo WHERE 1 2;
