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
-- a `（` and the `）` that closes its group are one slip, mended together with the spaces between, which are told with it
BACKUP SNAPSHOT example_db.s8 TO example_repo ON （Orders　） PROPERTIES ("type" = "full");
BACKUP SNAPSHOT example_db.s11 TO example_repo ON (example_tbl PARTITION （p1　, p2）);
-- so are typographic quotes, a property's, a partition's value, a location, a backup_timestamp, a partition's name
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (Orders) PROPERTIES ("type" =　“full”　);
BACKUP SNAPSHOT example_db.s10 TO example_repo ON (Orders PARTITION (dt =　“2024-01-01”));
CREATE REPOSITORY r2 WITH BROKER ON LOCATION　“s3a://bucket/p”　PROPERTIES ("aws.s3.access_key" = "k");
RESTORE SNAPSHOT example_db.nightly FROM example_repo PROPERTIES ("backup_timestamp" = ‘2024-01-01-00-00-00’　);
BACKUP SNAPSHOT example_db.s12 TO example_repo ON (example_tbl PARTITION (“p1”　, p2));
-- a full-width space StarRocks reads as whitespace there (before an ASCII blank) is left as it is
BACKUP SNAPSHOT example_db.s7 TO example_repo ON (Orders，　 archive);
USE example_db　；
