-- options: version=3.3
-- a release before 3.4 takes no ALL TABLES: nothing after ALL
BACKUP SNAPSHOT example_db.s TO example_repo ON (ALL |
