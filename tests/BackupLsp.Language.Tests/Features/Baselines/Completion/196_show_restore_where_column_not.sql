-- NOT after a column goes on with IN, LIKE, BETWEEN, REGEXP or RLIKE: no column
SHOW RESTORE WHERE Label NOT |
