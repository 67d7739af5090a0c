-- options: severity:SRB700=off
-- StarRocks' LETTER takes every space beyond ASCII: a no-break space (U+00A0) copied from a web page, U+2003, U+202F
-- are letters wherever they stand (never whitespace, unlike U+3000), so `BACKUP SNAPSHOT` is one name. Each is
-- reported, and read as the space it was meant to be: a statement's first words so are its head.
BACKUP SNAPSHOT db.s1 TO repo ON (t1);
RESTORE SNAPSHOT db.s1 FROM repo PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://b/c";
CREATE READ ONLY REPOSITORY r2 WITH BROKER ON LOCATION "s3a://b/c";
SHOW BACKUP FROM db;
DROP SNAPSHOT s1 ON repo;
CANCEL RESTORE FROM db;
SHOW　 BACKUP;
BACKUP SNAPSHOT db.s2 TO  repo;
-- the statement's rules run as if they were spaces
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION (p1), t1);
-- a head so written on a line of its own ends the statement before it that lost its `;`
SELECT 1
BACKUP SNAPSHOT db.s4 TO repo ON (t1);
-- strings and backtick names keep theirs; a zero-width space, which looks like nothing, stays in its word
BACKUP SNAPSHOT db.`s 5` TO repo PROPERTIES ("type" = " full");
BACKUP SNAPSHOT db.s6 TO repo​;
