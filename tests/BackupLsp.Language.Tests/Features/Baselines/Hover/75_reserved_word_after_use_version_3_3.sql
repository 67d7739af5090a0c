-- options: version=3.3
USE bo|th;
BACKUP SNAPSHOT s1 TO example_repo;
