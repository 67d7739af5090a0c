-- options: version=3.0 severity:SRB700=off
-- FILES became a token with the FILES() table function in 3.1: a name in 3.0; EXCEPT is reserved there
BACKUP SNAPSHOT files.s1 TO repo ON (gin, except);
