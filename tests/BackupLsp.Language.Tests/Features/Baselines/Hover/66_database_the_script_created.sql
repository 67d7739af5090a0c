-- options: catalog=none
CREATE DATABASE sales;
BACKUP SNAPSHOT sa|les.nightly TO example_repo;
