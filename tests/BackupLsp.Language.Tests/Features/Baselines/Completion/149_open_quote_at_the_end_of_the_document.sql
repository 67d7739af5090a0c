-- a quote the editor did not close at the end of the document (no line break after): the closing parenthesis stays
BACKUP SNAPSHOT example_db.s TO example_repo ON (example_tbl) PROPERTIES ("|)