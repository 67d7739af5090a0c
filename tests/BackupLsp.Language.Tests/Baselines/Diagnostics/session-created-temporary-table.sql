-- options: catalog=demo.json severity:SRB700=off
-- A CREATE TEMPORARY TABLE makes a table of its session alone, which BACKUP ... ON (t) does not find
CREATE TEMPORARY TABLE example_db.tmp (k INT) DUPLICATE KEY(k) DISTRIBUTED BY HASH(k);
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (tmp);
