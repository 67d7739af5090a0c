-- options: catalog=documented-examples.json version=2.5
-- The CANCEL BACKUP and CANCEL RESTORE reference pages, the same from 2.5 on (FOR EXTERNAL CATALOG: the 3.4 catalog baselines).
CANCEL BACKUP FROM shop_db;

CANCEL RESTORE FROM shop_db;
