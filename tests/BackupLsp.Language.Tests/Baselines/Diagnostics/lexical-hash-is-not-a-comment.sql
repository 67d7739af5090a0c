# StarRocks has no hash comments
BACKUP SNAPSHOT db.s1 TO repo; # trailing
BACKUP SNAPSHOT db.s2 TO repo ON (t1) # not a comment
PROPERTIES ("type" = "full");
SELECT 1 # in other SQL, a stray hash is left to StarRocks
;
SELECT 1 # a `;` after a hash still ends the statement ;
BACKUP SNAPSHOT d3.s3 TO repo PROPERTIES ("type" = "bad");
SELECT a#b;
BACKUP SNAPSHOT d4.s4 TO repo PROPERTIES ("type" = "bad");
-- at its end, a `#` whose text holds `*/` can only become `--`, which would hide a `;` and what follows it on the line:
-- offered, not applied unasked
BACKUP SNAPSHOT example_db.h2 TO example_repo ON (example_tbl2) # see a*/b; SHOW RESTORE FROM example_db;
BACKUP SNAPSHOT d5.s5 TO repo # x ;
BACKUP SNAPSHOT d6.s6 TO repo
