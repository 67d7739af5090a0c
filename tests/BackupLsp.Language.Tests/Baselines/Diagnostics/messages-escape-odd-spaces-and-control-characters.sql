-- options: catalog=demo.json severity:SRB700=off
-- A no-break space copied from a web page, another space than U+0020 or a control character inside a quoted name is
-- written as an escape in the message, the related message and the fix title, as invisible characters are: raw, the
-- message would name a table or repository that looks like one the script has right
BACKUP SNAPSHOT example_db.s1 TO example_repo ON (`example tbl`);
BACKUP SNAPSHOT example_db.s2 TO `example repo`;
BACKUP SNAPSHOT example_db.`s 3` TO example_repo ON (Orders);
BACKUP SNAPSHOT example_db.`s 3` TO example_repo ON (Orders);
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (`example	tbl2`, `Orders `);
-- the full-width space U+3000 shows, twice as wide as a space: it stays as written
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (`example　tbl`);
