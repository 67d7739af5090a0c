-- options: version=3.3
BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|
