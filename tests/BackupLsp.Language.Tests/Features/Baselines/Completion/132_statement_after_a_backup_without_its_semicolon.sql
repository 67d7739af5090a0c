BACKUP SNAPSHOT example_db.s1 TO example_repo
RES|
