-- after != a state goes, as after =
SHOW BACKUP WHERE State != |
