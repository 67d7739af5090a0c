-- A statement begun above another (its `;` not yet typed): the heads and templates.
BA|
BACKUP SNAPSHOT example_db.snap1 TO example_repo;
