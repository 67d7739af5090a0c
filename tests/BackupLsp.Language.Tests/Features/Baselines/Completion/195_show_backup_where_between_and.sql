-- the AND of BETWEEN is followed by its second bound, a value: no column
SHOW BACKUP WHERE CreateTime BETWEEN '2024-01-01' AND |
