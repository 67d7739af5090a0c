-- a slip earlier in the statement is read past: what is typed since is likely right
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (example_tbl PARTITION (p1, )) PROPERTIES (|)
