BACKUP DATABASE example_db SNAPSHOT s_fn TO example_repo ON (FUNCTION MY_U|DF)
