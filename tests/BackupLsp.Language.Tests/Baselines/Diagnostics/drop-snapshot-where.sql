-- DROP SNAPSHOT ON repo WHERE ... was proposed but never released: StarRocks' DROP SNAPSHOT names one snapshot before ON.
-- One snapshot, or several in IN (...), have a fix that names each before ON (backticked where a bare word would not do).
DROP SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1';
drop snapshot on `example_repo` where snapshot in ('nightly-1', "select", 'weekly');
-- With a comment inside, the fix says it drops it, and Fix All and check --fix leave it to a person.
DROP SNAPSHOT ON example_repo /* ticket OPS-1 */ WHERE SNAPSHOT IN ('x' /* nightly */, 'y');
-- Other conditions are said the same, without a fix: nothing says which snapshots they meant.
DROP SNAPSHOT ON example_repo WHERE SNAPSHOT = 'snapshot_label1' AND TIMESTAMP = '2018-05-04-16-45-08';
DROP SNAPSHOT ON example_repo WHERE TIMESTAMP <= '2018-05-04-16-45-08';
DROP SNAPSHOT ON example_repo WHERE SNAPSHOT = '';
-- Without WHERE, the name is missing.
DROP SNAPSHOT ON example_repo;
