-- options: catalog=empty-lists.json
-- A database whose lists the catalog gives empty: each says none.
BACKUP SNAPSHOT analyt|ics.s TO example_repo;
