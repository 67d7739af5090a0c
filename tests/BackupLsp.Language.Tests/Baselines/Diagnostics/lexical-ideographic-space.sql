-- options: severity:SRB700=off severity:SRB112=off
-- StarRocks reads U+3000 as whitespace or as a letter (its LETTER takes U+0080 and up, and a name wins a tie with WS):
-- after a word or a number it is a letter of that name; at a token's start it is whitespace only with an ASCII blank
-- after it, and starts a name otherwise. Each such one is reported, and read as the space it was meant to be.
BACKUP　SNAPSHOT　db.s1　TO　repo　ON　(t1,　t2)　PROPERTIES　("type"　=　"full");
BACKUP SNAPSHOT db.snap　　TO repo ON (　t2, t3　 );
BACKUP SNAPSHOT db.s2 TO repo PROPERTIES ("type" = "full"　, "timeout" = "600")　;
SHOW SNAPSHOT ON repo LIMIT 600　;
SHOW BACKUP　 　FROM db;
-- a line comment takes its line break in StarRocks: a U+3000 that starts the next line is at a token's start
　SHOW BACKUP FROM db;
-- silent: after an ASCII blank (a line break too), or before one at a token's start, it is whitespace
SHOW BACKUP FROM db;
　SHOW BACKUP FROM db;
SHOW BACKUP 　　FROM db 　;
BACKUP SNAPSHOT db.s3 TO repo ON (　 t1,　	t2) PROPERTIES ( "type"　　 = "full");
-- the next line
　 SHOW BACKUP FROM db;
-- strings and backtick names keep theirs
BACKUP SNAPSHOT db.`s　4` TO repo PROPERTIES ("type" = "full", "timeout" = "　600");
-- a number that ends at it (DECIMAL_VALUE, DOUBLE_VALUE) ends its token: after it a U+3000 before a blank is whitespace
SHOW RESTORE FROM db WHERE Progress > 1.5　 ;
SHOW RESTORE FROM db WHERE Progress > 1e+5　 ;
SHOW RESTORE FROM db WHERE Progress > 1.5　;
-- a number in exponent form (1e5) is outranked by a longer DIGIT_IDENTIFIER; `.5` after a name is a DOT_IDENTIFIER
SHOW RESTORE FROM db WHERE Progress > 1e5　 ;
SHOW RESTORE FROM db WHERE Progress > t.5　 ;
