-- options: catalog=none
-- a CREATE after the drop makes another database of the name: it is offered as a database, not as the job's
BACKUP SNAPSHOT d.s1 TO r ON (t);
DROP DATABASE d;
CREATE DATABASE d;
SHOW BACKUP FROM |
