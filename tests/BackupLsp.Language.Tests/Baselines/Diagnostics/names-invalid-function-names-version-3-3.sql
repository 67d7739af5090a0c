-- options: version=3.3
-- before 3.4 a BACKUP names no function: the form is told, and a name no release takes too (it fails after the upgrade)
BACKUP SNAPSHOT example_db.s TO example_repo ON (FUNCTION a.b.c);
