-- a backtick the editor did not close before the next lines
BACKUP SNAPSHOT s9 TO example_repo ON (`ex|)
PROPERTIES ("type" = "full");
SHOW BACKUP;
