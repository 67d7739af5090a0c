-- IS NOT goes on with NULL: no column
SHOW BACKUP WHERE Status IS NOT |
