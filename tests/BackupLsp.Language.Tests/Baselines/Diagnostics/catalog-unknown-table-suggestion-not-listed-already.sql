-- options: catalog=demo.json
-- A did-you-mean leaves out the tables the list names already: the fix would name one twice.
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl, example_tb2);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (example_tb2);
