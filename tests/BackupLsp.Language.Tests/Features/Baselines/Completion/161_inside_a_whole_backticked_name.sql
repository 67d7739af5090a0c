-- inside a whole backticked name the name is replaced whole, whatever it holds
BACKUP SNAPSHOT example_db.s TO example_repo ON (`exam|ple-tbl`);
