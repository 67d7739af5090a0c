--no space after the dashes is still a comment
BACKUP SNAPSHOT db.s1 --x
TO repo-- trailing
ON (t1)--; not a separator
;
