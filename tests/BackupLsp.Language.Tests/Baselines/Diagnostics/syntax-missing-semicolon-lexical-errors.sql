-- A lexical error after a missing `;` is reported once, by the statement it stands in.
SHOW SNAPSHOT ON example_repo
BACKUP SNAPSHOT s TO example_repo ON (example_tbl) "abc
