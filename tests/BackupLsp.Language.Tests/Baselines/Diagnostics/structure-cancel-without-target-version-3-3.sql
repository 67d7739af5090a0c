-- options: version=3.3
-- before 3.4 a CANCEL names its database only: FOR EXTERNAL CATALOG came with 3.4
CANCEL BACKUP;
