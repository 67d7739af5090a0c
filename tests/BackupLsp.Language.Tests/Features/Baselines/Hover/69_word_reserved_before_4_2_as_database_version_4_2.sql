-- options: version=4.2
BACKUP SNAPSHOT bo|th.s1 TO example_repo;
