-- ALL TABLES once is all of them: after a second ALL only the kinds not listed yet
BACKUP SNAPSHOT example_db.s TO example_repo ON (ALL TABLES, ALL |
