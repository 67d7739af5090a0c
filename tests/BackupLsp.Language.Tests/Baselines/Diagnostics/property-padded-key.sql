BACKUP SNAPSHOT db.s1 TO repo PROPERTIES (" type " = "full");
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timeout  " = "100");
-- Java's trim takes the characters up to U+0020 only: a no-break space stays, and the key is unknown.
BACKUP SNAPSHOT db.s9 TO repo PROPERTIES ("type " = "full", "	timeout
" = "3600");
