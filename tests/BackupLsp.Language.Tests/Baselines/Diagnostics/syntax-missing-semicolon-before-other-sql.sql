-- A statement whose `;` is missing before other SQL on a line of its own is still checked, as before a family statement.
BACKUP SNAPSHOT db.s1 TO repo ON (order) PROPERTIES ("timeout"="599")
SELECT 1;
SELECT 2
BACKUP SNAPSHOT db.s2 TO repo ON (`select`) PROPERTIES ("type"="incremental")
USE other_db
BACKUP SNAPSHOT s3 TO repo ON (t1, t1);
-- A line that stops the statement before it stops it once: the rest is read as one statement.
CANCEL BACKUP FROM db
CANCEL BACKUP FROM db
CANCEL BACKUP FROM db;
-- A lexical error in the SQL after the missing `;` is that statement's; the statement after a stop is cut again where it stops.
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ("timeout"="5")
SELECT a \ b;
BACKUP SNAPSHOT db.s5 TO repo ON (t1)
CANCEL BACKUP
SELECT 1;
-- A fix that adds to the end of a statement adds before the missing `;`.
RESTORE SNAPSHOT db.s6 FROM repo
SELECT 2;
