-- A number with a signed exponent (1e+5, 1E-5) is one token, as StarRocks' DOUBLE_VALUE is, wherever it stands: not the
-- name `1e` and then `+5`
SHOW RESTORE FROM db WHERE Progress > 1e+5;
SHOW BACKUP FROM db WHERE Progress < 1E-5 AND Progress > -2e+3;
SHOW SNAPSHOT ON repo WHERE SNAPSHOT = 1e+5;
SHOW BACKUP FROM db LIMIT 1e+5;
BACKUP SNAPSHOT db.s1 TO repo PROPERTIES ("timeout" = 1e+5);
-- not one: no digit after the sign, or a name that only ends in e
SHOW RESTORE FROM db WHERE Progress > 1e+x;
SHOW RESTORE FROM db WHERE Progress > x1e+5;
