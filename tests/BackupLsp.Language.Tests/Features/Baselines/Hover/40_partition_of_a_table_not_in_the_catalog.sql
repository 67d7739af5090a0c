BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (new_tbl PARTITION (p|1))
