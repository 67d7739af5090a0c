BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ('type' = 'full', 'timeout' = '86400');
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("ty\pe" = "fu\ll", "time\"out" = "86\400");
BACKUP SNAPSHOT db.s3 TO repo PROPERTIES ('type' = 'fu''ll', "timeout" = "86""400");
BACKUP SNAPSHOT db.s4 TO repo PROPERTIES ('type' = 'full;', "timeout" = "1\;0");
BACKUP SNAPSHOT db.s5 TO repo ON (t1 PARTITION ("p1", 'p2')) PROPERTIES ("type" = "it\'s");
