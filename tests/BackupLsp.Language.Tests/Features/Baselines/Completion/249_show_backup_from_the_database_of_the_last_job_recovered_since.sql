-- options: catalog=none
-- a RECOVER brings the dropped database back, with its job: it is offered again
BACKUP SNAPSHOT d.s1 TO r ON (t);
DROP DATABASE d;
RECOVER DATABASE d;
SHOW BACKUP FROM |
