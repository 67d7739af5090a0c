-- options: version=3.3 severity:SRB700=off
-- Before 3.4 a RESTORE cannot name functions (SRB500): it makes no f2, and a BACKUP of a whole database takes no functions either
CREATE DATABASE fresh;
RESTORE SNAPSHOT snap FROM r DATABASE fresh ON (FUNCTION f AS f2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE fresh SNAPSHOT s1 TO r;
BACKUP DATABASE fresh SNAPSHOT s2 TO r ON (ALL FUNCTIONS);
BACKUP DATABASE fresh SNAPSHOT s3 TO r ON (ALL TABLES);
