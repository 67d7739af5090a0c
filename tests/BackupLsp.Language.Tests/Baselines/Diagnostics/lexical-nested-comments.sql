-- options: catalog=demo.json severity:SRB700=off
-- Comments do not nest in StarRocks: a `/*` comment ends at its first `*/`, and a `*/` after that is `*` and `/`.
/*
BACKUP SNAPSHOT example_db.old TO example_repo; /* old one */
*/
BACKUP SNAPSHOT example_db.s1 TO example_repo;
/* a /* b */ */ SHOW SNAPSHOT ON nope;
/* a /* b */ */ SELECT 1;
-- what lies between the two `*/` was meant to be commented out too: the statement meant is checked
/* a /* b */ c */ SHOW SNAPSHOT ON nope;
BACKUP SNAPSHOT example_db.s2 TO example_repo /* note /* inner */ more */ ON (example_tbl PARTITION (p9));
BACKUP SNAPSHOT example_db.s3 TO example_repo */ ON (example_tbl);
-- in other SQL too, wherever it stands: no StarRocks statement takes `*` right before `/`
SELECT 1 /* a /* b */ c */ FROM t;
SELECT 2 */ 3;
INSERT INTO t SELECT * FROM s /* copy /* all */ rows */;
TRANSLATE trino SELECT 1 /* a /* b */ */;
-- a `*` before a comment is an operator
SELECT */* every column */ FROM t;
SELECT 2*/*times*/3;
