-- IS NULL makes a whole condition: AND and OR go after it, and the clauses
SHOW BACKUP WHERE TaskErrMsg IS NULL |
