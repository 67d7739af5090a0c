-- Invisible characters in the words a message quotes are written as escapes (a byte order mark left inside a file
-- made by joining files, a zero-width space): raw, the message would name a word that looks right
USE example_db;
﻿BACKUP SNAPSHOT s TO example_repo ON (example_tbl);
BACKUP SNAPSHOT s​2 TO example_repo ON (example_tbl);
