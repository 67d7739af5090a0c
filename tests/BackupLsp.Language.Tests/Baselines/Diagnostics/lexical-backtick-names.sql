BACKUP SNAPSHOT `db`.`s1` TO `repo` ON (`order`, `select`, `my table`, `a``b`);
BACKUP SNAPSHOT `my``db`.`snap;with;semicolons` TO `repo` ON (`t` PARTITION (`p 1`, `p``2`));
BACKUP SNAPSHOT db.s2 TO repo ON (`ab`, `a``b`);
