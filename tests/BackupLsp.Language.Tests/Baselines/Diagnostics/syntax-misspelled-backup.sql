BAKUP SNAPSHOT db.s1 TO repo;
bakcup snapshot db.s2 to repo;
BACKP SNAPSHOT db.s3 TO repo ON (t1) PROPERTIES ("timout" = "3600");
