-- options: version=3.3
-- A syntax error names as expected only the forms the configured release takes: 3.4 brought ON's object
-- keywords (VIEW, ALL...), 4.1 the WHERE, ORDER BY and LIMIT of SHOW BACKUP and SHOW REPOSITORIES.
BACKUP SNAPSHOT db.s TO repo ON (;
RESTORE SNAPSHOT db.s FROM repo ON (;
CANCEL BACKUP FROM db x;
SHOW BACKUP FROM db x;
SHOW SNAPSHOT ON repo x;
BACKUP SNAPSHOT db.s TO repo ON (t) x;
-- A misspelling of a clause the release lacks is no misspelling of it there.
SHOW BACKUP FROM db LIMT 5;
-- Where only newer forms could come, a misspelling of one is no misspelling either: no fix to a form 3.3 lacks.
BACKUP SNAPSHOT db.s TO repo ON (ALL TABELS);
