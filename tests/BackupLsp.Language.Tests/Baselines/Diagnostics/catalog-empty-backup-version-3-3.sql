-- options: catalog=empty-databases.json version=3.3 severity:SRB700=off
-- Before 3.4 a BACKUP takes no functions: a whole database of functions alone takes nothing
BACKUP SNAPSHOT empty_db.whole TO r;
BACKUP SNAPSHOT functions_only.whole TO r;
BACKUP SNAPSHOT whole2 TO r;
-- a view is taken too, and refused for its own reason (views are backed up from 3.4)
BACKUP SNAPSHOT views_only.whole TO r;
BACKUP SNAPSHOT tables_only.whole TO r;
-- a 3.4 form is judged as the releases that take it judge it, which back up functions too
BACKUP DATABASE functions_only SNAPSHOT s1 TO r;
BACKUP DATABASE empty_db SNAPSHOT s2 TO r;
BACKUP SNAPSHOT views_only.s3 TO r ON (ALL TABLES);
