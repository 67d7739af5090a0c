-- options: version=3.2 severity:SRB700=off
-- words 3.2 reserves that older releases take as names: FILES (3.1), PREPARE (3.2); and EXCEPT, reserved up to 3.5
BACKUP SNAPSHOT db.s1 TO repo ON (files, prepare, except);
-- and words it still takes as names: GIN, OPTIMIZE, TEXT, MICROSECOND, MILLISECOND (3.3), INVOKER, CURRENT_GROUP (3.5)
BACKUP SNAPSHOT db.s2 TO repo ON (gin, optimize, text, microsecond, millisecond, invoker, current_group);
