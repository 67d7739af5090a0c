BACKUP DATABASE example_db SNAPSHOT s1 TO example_repo ON (FUNCTION example_tbl2, |)
