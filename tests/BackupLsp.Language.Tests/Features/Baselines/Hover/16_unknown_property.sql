BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES ("replication_n|um" = "3")
