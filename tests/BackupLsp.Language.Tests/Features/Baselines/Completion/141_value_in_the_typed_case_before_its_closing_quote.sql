-- a value follows the case it is typed in, and stops before the closing quote an editor paired
BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES ("type" = "f|")
