-- options: catalog=demo.json severity:SRB700=off
-- A full-width space (U+3000) beside a full-width mark that StarRocks reads as a letter with it, which it would still read
-- as one once the mark is made ASCII (`(t1,　t2` names `　t2`, `db　;` names `db　`): the mark's fix makes it ASCII too
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders，　archive);
BACKUP SNAPSHOT example_db.s2 TO example_repo ON (Orders　，archive);
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (　Orders，archive);
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (example_tbl PARTITION (p1，　p2));
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (Orders) PROPERTIES ("type"＝　"full");
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (Orders) PROPERTIES ("type" = "full"，　"timeout" = "60");
SHOW BACKUP FROM example_db　；
-- a full-width space StarRocks reads as whitespace there (before an ASCII blank) is left as it is
BACKUP SNAPSHOT example_db.s7 TO example_repo ON (Orders，　 archive);
USE example_db　；
