-- a backtick the editor did not close: only the name up to the cursor is replaced, not the rest of the line
BACKUP SNAPSHOT s9 TO example_repo ON (`ex|, example_tbl2) PROPERTIES ("type" = "full");
