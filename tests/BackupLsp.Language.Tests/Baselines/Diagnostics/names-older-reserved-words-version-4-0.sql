-- options: version=4.0 severity:SRB700=off
-- BOTH, MATCHED and SYSTEM are reserved by 4.0's grammar (names to the newest one): backtick them
BACKUP SNAPSHOT db.s1 TO repo ON (both, matched, `system`);
BACKUP SNAPSHOT db.s2 TO system;
DROP REPOSITORY Matched;
SHOW BACKUP FROM both;
