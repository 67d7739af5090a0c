-- options: version=3.3 severity:SRB110=off
BACKUP SNAPSHOT bo|th.s1 TO example_repo;
