-- options: version=3.5 severity:SRB700=off
-- 3.5 reserves BOTH and SYSTEM; MATCHED became a token only in 4.0: a plain name here
BACKUP SNAPSHOT db.s1 TO repo ON (both, matched, system);
