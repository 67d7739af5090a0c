-- options: catalog=demo.json severity:SRB700=off
-- The full-width ； ， （ ） ＝ of an East Asian input method are letters to StarRocks (its LETTER takes U+0080 and up): a
-- `；` is no statement end, so the statement runs on into the next, whose missing `;` this `；` is. The statement is
-- checked as if it ended before the `；` (a fix inserted at its end goes there), and the fix makes it a `;`
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (Orders)；
BACKUP SNAPSHOT example_db.s2 TO example_repo；
SHOW BACKUP FROM example_db；；
SELECT 1；
SHOW RESTORE FROM example_db；
-- at the end of the script, or before a `;`, the statement is checked as ending there too
SHOW BACKUP FROM example_db ；;
CANCEL BACKUP；;
SHOW SNAPSHOT ON example_repo LIMIT 10；;
-- glued onto a statement's head (or its last word) at a line's end, it ends the statement there: the statement on the
-- next line is one of its own, whatever the one before lacks
BACKUP；
SHOW BACKUP；
CANCEL BACKUP；
SHOW RESTORE FROM example_db;
BACKUP SNAPSHOT example_db.s7 TO；
SELECT 1;
-- where the parse fails at them, the ASCII marks are the fix when they make it read on
SHOW BACKUP FROM sales_db； SHOW RESTORE FROM example_db;
SHOW REPOSITORIES； SHOW BACKUP FROM example_db;
BACKUP； SHOW BACKUP FROM example_db;
BACKUP SNAPSHOT example_db.s3 TO example_repo ON （Orders） PROPERTIES ("type" = "full"，"timeout" = "7200");
BACKUP SNAPSHOT example_db.s10 TO example_repo ON (Orders) PROPERTIES （"type" = "full"）;
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (Orders， example_tbl2）;
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (Orders) PROPERTIES ("type"＝"full");
CREATE REPOSITORY r2 WITH BROKER ON LOCATION "s3a://bucket/p" PROPERTIES ("access_key" ＝ "k");
-- a `，` that splits a name into a list's names, where the statement takes them: it is checked as if it were a `,`
BACKUP SNAPSHOT example_db.s8 TO example_repo ON (Orders，example_tbl2);
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (Orders PARTITION (p202401，p202402，p202499));
BACKUP SNAPSHOT example_db.s11 TO example_repo ON (Orders PARTITION （p202401，p202402）);
RESTORE SNAPSHOT example_db.nightly FROM example_repo ON (Orders AS o，example_tbl2) PROPERTIES ("backup_timestamp" = "2024-01-01-00-00-00");
-- full-width parentheses after PARTITION: StarRocks reads `（p202401）` as one name, and `（p202401, p202402）` as the names
-- `（p202401` and `p202402）`, a list without parentheses; the partitions are checked as if the marks were ASCII
BACKUP SNAPSHOT example_db.s12 TO example_repo ON (Orders PARTITION （p202401）);
BACKUP SNAPSHOT example_db.s13 TO example_repo ON (Orders PARTITION （p202401, p202499）);
-- a partition name in typographic quotes is a name to StarRocks, quotes and all: straight quotes make it the string meant
BACKUP SNAPSHOT example_db.s14 TO example_repo ON (Orders PARTITION (“p202401”, ‘p202499’));
-- in a name StarRocks takes, in backticks, strings and comments they are text: a name is looked up as written
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (`Orders；`, 订单（新）, `t＝1`, `Orders，archive`) PROPERTIES ("type" = "full；");
SHOW BACKUP FROM example_db，sales_db;
SHOW BACKUP FROM example_db -- done；
;
SHOW BACKUP FROM example_db；
