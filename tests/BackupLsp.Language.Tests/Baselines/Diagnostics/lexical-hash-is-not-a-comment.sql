# StarRocks has no hash comments
BACKUP SNAPSHOT db.s1 TO repo; # trailing
BACKUP SNAPSHOT db.s2 TO repo ON (t1) # not a comment
PROPERTIES ("type" = "full");
SELECT 1 # in other SQL, a stray hash is left to StarRocks
;
