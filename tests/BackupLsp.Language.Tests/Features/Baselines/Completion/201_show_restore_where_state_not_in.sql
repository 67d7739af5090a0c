-- in a NOT IN list the states go, as in an IN list
SHOW RESTORE WHERE State NOT IN ('FINISHED', |
