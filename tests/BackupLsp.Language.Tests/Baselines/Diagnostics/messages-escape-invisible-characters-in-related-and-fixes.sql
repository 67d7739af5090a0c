-- options: catalog=demo.json severity:SRB700=off
-- A related message and a fix title escape invisible characters as the message does, and so do those above U+FFFF and
-- the invisible Hangul filler
BACKUP SNAPSHOT example_db.t​1 TO example_repo ON (Orders);
BACKUP SNAPSHOT example_db.t​1 TO example_repo ON (Orders);
BACKUP󠁁 SNAPSHOT example_db.t2 TO example_repo;
BACKUPㅤ SNAPSHOT example_db.t3 TO example_repo;
