-- options: severity:SRB700=off
-- A number with a fraction, or a fraction and an exponent (1.5, .5, 1., 5.e3, .5e3, 1.5e3), is one token, as StarRocks'
-- DECIMAL_VALUE and DOUBLE_VALUE are, wherever it stands: not pieces around a `.`
SHOW BACKUP FROM db LIMIT .5;
SHOW BACKUP FROM db LIMIT 1.;
SHOW BACKUP FROM db LIMIT 5.e3 OFFSET 1;
SHOW BACKUP FROM db LIMIT 1.5e3;
SHOW BACKUP FROM db LIMIT 2.x;
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("timeout" = .5e3);
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("timeout" = -1.5);
SHOW RESTORE FROM db WHERE Progress > .5e3 AND Progress < 1.5;
SHOW RESTORE FROM db WHERE Progress > 1.5x;
BACKUP SNAPSHOT db.s3 TO repo ON (t PARTITION (a = 1.5x));
-- after a name too: a `.` and digits are a number, so `db.5` and `t1.5e3` are no qualified names
BACKUP SNAPSHOT db.5 TO repo;
BACKUP SNAPSHOT db.20240101 TO repo;
BACKUP SNAPSHOT db.5e+3 TO repo;
BACKUP SNAPSHOT db .5 TO repo;
BACKUP SNAPSHOT db.s4 TO repo ON (t1.5e3);
-- a name character after them that the number cannot take makes them a `.` and a name that starts with a digit (DOT_IDENTIFIER)
BACKUP SNAPSHOT db.5x TO repo;
BACKUP SNAPSHOT db.5e3x TO repo;
BACKUP SNAPSHOT db.5_ TO repo;
BACKUP SNAPSHOT db.`5` TO repo;
-- so does a U+3000 after them, a letter to StarRocks: here the snapshot `5　TO`
BACKUP SNAPSHOT db.5　TO repo;
