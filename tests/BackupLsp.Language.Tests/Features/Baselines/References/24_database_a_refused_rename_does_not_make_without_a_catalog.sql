-- options: catalog=none
CREATE DATABASE c;
ALTER DATABASE a RENAME c;
BACKUP SNAPSHOT |c.s1 TO r ON (t);
