-- Without a configured release, the WHERE of SHOW RESTORE says which releases read it
SHOW RESTORE WHERE| Label = "snapshot_label1";
