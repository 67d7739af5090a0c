ALTER DATABASE example_db RENAME example_old;
BACKUP SNAPSHOT example_|db.s1 TO example_repo
