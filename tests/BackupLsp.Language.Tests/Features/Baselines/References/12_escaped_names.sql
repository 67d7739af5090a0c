BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (`my``t|bl`);
-- StarRocks drops a doubled backtick: both name the table mytbl, which the text never spells
BACKUP SNAPSHOT example_db.snap2 TO example_repo ON (`my``tbl` PARTITION (p1));
BACKUP SNAPSHOT example_db.snap3 TO example_repo ON (`my``tbl2`);
