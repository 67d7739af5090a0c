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
-- and so is every other expression StarRocks parses and its analyzer passes over: a cast, a CASE, a typed literal, an
-- array or a map, a subquery, a comparison inside a call or under IS NULL, a window function
SHOW SNAPSHOT ON example_repo WHERE CAST(1 AS INT);
SHOW SNAPSHOT ON example_repo WHERE CASE WHEN SNAPSHOT = 'snap1' THEN TRUE END;
SHOW SNAPSHOT ON example_repo WHERE DATE '2020-01-01';
SHOW SNAPSHOT ON example_repo WHERE x'ab';
SHOW SNAPSHOT ON example_repo WHERE now() - INTERVAL 1 DAY;
SHOW SNAPSHOT ON example_repo WHERE [1, 2];
SHOW SNAPSHOT ON example_repo WHERE MAP{'a': 1};
SHOW SNAPSHOT ON example_repo WHERE EXISTS (SELECT 1);
SHOW SNAPSHOT ON example_repo WHERE f(SNAPSHOT = 'snap1');
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 'snap1') IS NULL;
SHOW SNAPSHOT ON example_repo WHERE count(DISTINCT SNAPSHOT) OVER (ORDER BY TIMESTAMP);
-- but not what StarRocks' parser fails on, or the tree it builds: a date that is none, X'..' that is no hexadecimal, a
-- call of a function whose arguments it counts, a type it does not know, an array slice
SHOW SNAPSHOT ON example_repo WHERE DATE '2020-02-30';
SHOW SNAPSHOT ON example_repo WHERE x'abc';
SHOW SNAPSHOT ON example_repo WHERE isnull();
SHOW SNAPSHOT ON example_repo WHERE CAST(1 AS foo);
SHOW SNAPSHOT ON example_repo WHERE [1, 2][1:2];
