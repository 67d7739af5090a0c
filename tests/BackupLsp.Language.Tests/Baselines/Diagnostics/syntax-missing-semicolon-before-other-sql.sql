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
