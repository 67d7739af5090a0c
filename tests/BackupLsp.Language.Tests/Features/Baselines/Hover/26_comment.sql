BACKUP SNAPSHOT example_db.snap1 /* TO exam|ple_repo */ TO example_repo
