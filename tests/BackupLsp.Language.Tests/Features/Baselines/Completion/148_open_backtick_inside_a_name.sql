-- the rest of the name after the cursor in an open backtick is replaced with it
BACKUP SNAPSHOT s9 TO example_repo ON (`ex|ampl)
