-- a RESTORE property in a BACKUP is said to be one
BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES ("replication_n|um" = "1");
