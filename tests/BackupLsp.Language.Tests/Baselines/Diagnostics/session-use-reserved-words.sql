-- options: catalog=session.json
-- The newest grammar takes BOTH as a name, but reserves SINGLE: USE single fails and switches nothing
CREATE DATABASE both;
USE both;
BACKUP SNAPSHOT s1 TO example_repo ON (no_such_table);
CREATE DATABASE `single`;
USE single;
BACKUP SNAPSHOT s2 TO example_repo ON (no_such_table);
