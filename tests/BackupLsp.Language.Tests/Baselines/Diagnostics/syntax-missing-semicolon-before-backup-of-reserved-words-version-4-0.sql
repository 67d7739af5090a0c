-- options: version=4.0 severity:SRB700=off
-- a BACKUP at a line's start after a statement without `;` starts a statement of its own also when its snapshot is a
-- word only some releases reserve: SINGLE is a name to 4.0, BOTH one to the newest grammar (4.0 reserves it: SRB110)
SELECT 1
BACKUP SNAPSHOT single TO repo;
SELECT 2
BACKUP SNAPSHOT both TO repo;
