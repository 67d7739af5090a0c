-- options: severity:SRB700=off severity:SRB112=off
-- StarRocks' lexer takes the longest match, its name rule (where `$` is a letter) before its $$ body rule on a tie:
-- `$$snap` and `$$snap$$` are names, `$$ x $$` a body.
BACKUP SNAPSHOT db.$$snap$$ TO repo;
BACKUP SNAPSHOT db.$$ x $$ TO repo;
-- a body runs to the first `$$` after its opening one, wherever that stands: this `$$s2` runs to the one in the comment
BACKUP SNAPSHOT db.$$s2 TO repo;
SELECT 1; -- $$ ends it
BACKUP SNAPSHOT db.$$snap TO repo;
