-- options: version=3.4 severity:SRB700=off
-- A RESTORE's FUNCTION f AS f2 puts f2 in the database restored into, which a BACKUP of it then takes from 3.4 on
CREATE DATABASE fresh;
RESTORE SNAPSHOT snap FROM r DATABASE fresh ON (FUNCTION f AS f2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
BACKUP DATABASE fresh SNAPSHOT s1 TO r;
BACKUP DATABASE fresh SNAPSHOT s2 TO r ON (ALL FUNCTIONS);
BACKUP DATABASE fresh SNAPSHOT s3 TO r ON (ALL TABLES);
