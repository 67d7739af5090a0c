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
BACKUP SNAPSHOT d5.s5 TO repo # x ;
BACKUP SNAPSHOT d6.s6 TO repo
