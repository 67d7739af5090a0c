-- options: version=3.3
-- before 3.4 a BACKUP names no function: the form is told, its name is not checked
BACKUP SNAPSHOT example_db.s TO example_repo ON (FUNCTION a.b.c);
