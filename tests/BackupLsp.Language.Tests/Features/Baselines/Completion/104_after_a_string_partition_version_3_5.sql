-- options: version=3.5
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl PARTITION p1, 'p2', |)