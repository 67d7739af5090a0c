BACKUP SNAPSHOT db.s1 TO repo ON (view, `order`);
BACKUP SNAPSHOT db.s2 TO repo ON (order);
BACKUP SNAPSHOT db.s3 TO repo ON (t1 PARTITION (p1, range));
BACKUP SNAPSHOT select.s4 TO repo;
BACKUP SNAPSHOT db.s5 TO values;
DROP REPOSITORY table;
