-- in the forms of external catalogs a snapshot takes no database
BACKUP ALL EXTERNAL CATALOGS SNAP|SHOT x TO example_repo;
