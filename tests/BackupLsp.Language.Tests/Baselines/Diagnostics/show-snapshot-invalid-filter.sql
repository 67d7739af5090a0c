SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT LIKE 'snap%';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = snap1;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'a' OR SNAPSHOT = 'b';
SHOW SNAPSHOT ON example_repo WHERE TIMESTAMP = '2018-05-04-16-45-08';
SHOW SNAPSHOT ON example_repo WHERE;
-- an empty name or time is refused like any other filter
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = '';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' AND TIMESTAMP = "";
-- a backticked column is the column
SHOW SNAPSHOT ON example_repo WHERE `SNAPSHOT` = 'snap1' AND `timestamp` = '2018-05-04-16-45-08';
SHOW SNAPSHOT ON example_repo WHERE `snapshot` IN ('a', 'b');
SHOW SNAPSHOT ON example_repo WHERE `snapshots` = 'snap1';
-- && is AND in StarRocks' grammar; & & apart is not
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' && TIMESTAMP = '2018-05-04-16-45-08';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' & & TIMESTAMP = '2018-05-04-16-45-08';
-- parentheses around any part are StarRocks' parenthesized expressions, unwrapped by its parser
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 'snap1');
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 'snap1') AND (TIMESTAMP = '2018-05-04-16-45-08');
SHOW SNAPSHOT ON example_repo WHERE ((TIMESTAMP = '2018-05-04-16-45-08' AND (SNAPSHOT) = ('snap1')));
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT IN ('a', ('b')));
-- but not a third comparison, an unbalanced parenthesis or an IN beside a TIMESTAMP
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 'a' AND TIMESTAMP = 'b') AND SNAPSHOT = 'c';
SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 'snap1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('a') AND TIMESTAMP = 'b';
-- StarRocks lets these through without looking closer, and takes them otherwise than written
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT != 'snap1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' AND TIMESTAMP <= '2018-05-04-16-45-08';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'a' AND SNAPSHOT = 'b';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT NOT IN ('a', 'b');
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT BETWEEN 'a' AND 'b';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IS NOT NULL;
-- and refuses these: NOT, NOT LIKE (a NOT around a LIKE), || (OR), an IN of another column, a string on the left
SHOW SNAPSHOT ON example_repo WHERE NOT SNAPSHOT = 'a';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT NOT LIKE 'snap%';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'a' || SNAPSHOT = 'b';
SHOW SNAPSHOT ON example_repo WHERE TIMESTAMP IN ('a');
SHOW SNAPSHOT ON example_repo WHERE 'snap1' = SNAPSHOT;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'a' AND SNAPSHOT LIKE 'b%';
-- an empty name in a list is skipped
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN ('', 'snap1');
-- what StarRocks cannot parse as a condition is refused, not ignored
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT 'snap1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT LIKE;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT BETWEEN 'a';
SHOW SNAPSHOT ON example_repo WHERE SELECT;
-- a column is named by its last part, whatever table names it; == is no operator in StarRocks
SHOW SNAPSHOT ON example_repo WHERE t.SNAPSHOT = 'snap1';
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT == 'snap1';
-- an AND of anything but two comparisons, or a comparison with anything but a string, is refused
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snap1' AND TIMESTAMP = '2018-05-04-16-45-08' IS NOT NULL;
SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT = CAST('snap1' AS STRING);
