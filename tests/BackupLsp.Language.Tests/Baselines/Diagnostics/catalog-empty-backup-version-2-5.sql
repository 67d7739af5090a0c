-- options: catalog=empty-databases.json version=2.5 severity:SRB700=off
-- 2.5's privilege check fails a BACKUP that takes nothing on the first object it does not have
BACKUP SNAPSHOT empty_db.whole TO r;
BACKUP SNAPSHOT functions_only.whole TO r;
-- a view is taken too, and refused for its own reason (views are backed up from 3.4)
BACKUP SNAPSHOT views_only.whole TO r;
-- a 3.4 form is judged as the releases that take it judge it
BACKUP SNAPSHOT views_only.s1 TO r ON (ALL TABLES);
