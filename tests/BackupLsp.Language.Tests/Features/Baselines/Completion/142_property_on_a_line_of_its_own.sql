-- inside a list's open parentheses no statement begins, on a line of its own or not
BACKUP SNAPSHOT example_db.s9
TO example_repo
ON (example_tbl)
PROPERTIES (
    "type" = "full",
    |
);
