-- after BETWEEN goes a value: no clause keyword
SHOW BACKUP WHERE CreateTime BETWEEN |
