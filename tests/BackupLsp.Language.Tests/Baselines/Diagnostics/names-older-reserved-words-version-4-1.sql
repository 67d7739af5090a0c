-- options: version=4.1 severity:SRB700=off
-- 4.1 still reserves BOTH; MATCHED and SYSTEM count as names from 4.1 on, as in the newest grammar
BACKUP SNAPSHOT db.s1 TO repo ON (both, matched, system);
