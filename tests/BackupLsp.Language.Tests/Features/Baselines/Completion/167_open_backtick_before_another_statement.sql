-- after a backtick the editor did not close, the lines after are not read as the statement's: the next statement's database is not this one's
BACKUP SNAPSHOT s9 TO example_repo ON (`ex|
BACKUP DATABASE sales_db SNAPSHOT s8 TO example_repo ON (orders);
