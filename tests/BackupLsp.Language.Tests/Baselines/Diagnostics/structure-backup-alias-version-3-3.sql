-- options: version=3.3
-- before 3.4 BACKUP's grammar has no alias: a syntax error there, not the analyzer's refusal
BACKUP SNAPSHOT db.s1 TO repo ON (t1 AS t2);
