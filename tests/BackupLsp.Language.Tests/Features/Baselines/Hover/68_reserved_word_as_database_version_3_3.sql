-- options: version=3.3
BACKUP SNAPSHOT bo|th.s1 TO example_repo;
