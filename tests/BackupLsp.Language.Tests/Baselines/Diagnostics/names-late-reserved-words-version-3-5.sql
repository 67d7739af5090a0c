-- options: version=3.5 severity:SRB700=off
-- 3.5's lexer has no token for ASOF (ASOF JOIN came in 4.0) nor CURRENT_WAREHOUSE: plain names there
BACKUP SNAPSHOT db.s1 TO repo ON (asof, current_warehouse);
DROP REPOSITORY asof;
-- the words every release reserves are still reported
BACKUP SNAPSHOT db.s2 TO repo ON (decimal64, order);
