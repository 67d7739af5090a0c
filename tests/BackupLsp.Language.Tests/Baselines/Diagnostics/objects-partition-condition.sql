BACKUP SNAPSHOT db.s1 TO repo ON (t1 PARTITION (dt = '2024-01-01'));
BACKUP SNAPSHOT db.s2 TO repo ON (t1 PARTITION (p1, region = "eu"));
-- Any literal is a value there (DATE '...', decimals, NULL); a signed number is an expression, which StarRocks rejects.
BACKUP SNAPSHOT example_db.s3 TO example_repo ON (t PARTITION (dt = DATE '2024-01-01', ratio = 1.5, flag = NULL));
BACKUP SNAPSHOT example_db.s4 TO example_repo ON (t PARTITION (a = -1));
-- Only in PARTITION (...), every item of that form: anywhere else StarRocks' grammar rejects it.
BACKUP SNAPSHOT example_db.s5 TO example_repo ON (t PARTITION a = 1);
BACKUP SNAPSHOT example_db.s6 TO example_repo ON (t PARTITIONS (a = 1));
BACKUP SNAPSHOT example_db.s7 TO example_repo ON (t PARTITION (p1, a = 1));
-- Numbers the way StarRocks' lexer reads them, binary strings, intervals and parameters are literals too; a name that
-- starts with digits is not.
BACKUP SNAPSHOT example_db.s8 TO example_repo ON (t PARTITION (a = 1e3, b = .5, c = 1., d = 1.5e-3, e = X'AB', f = INTERVAL 1 DAY, g = ?));
BACKUP SNAPSHOT example_db.s9 TO example_repo ON (t PARTITION (a = 2024_01));
-- A sum is no literal: StarRocks reads the number, then stops at the `+` or `-` after it, written touching or not.
BACKUP SNAPSHOT example_db.s20 TO example_repo ON (t PARTITION (a = 2+3));
BACKUP SNAPSHOT example_db.s21 TO example_repo ON (t PARTITION (a = 2 - 3));
BACKUP SNAPSHOT example_db.s22 TO example_repo ON (t PARTITION (a = 1.5e+3-1));
