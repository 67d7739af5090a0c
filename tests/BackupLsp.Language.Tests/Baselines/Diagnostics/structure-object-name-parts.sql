-- catalog.database.table is the longest name StarRocks's parser takes for a table or a view
BACKUP SNAPSHOT db.s1 TO repo ON (a.b.c.orders, cat.db.t2);
RESTORE SNAPSHOT db.s2 FROM repo ON (TABLE a.b.c.orders, VIEW w.x.y.z) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
