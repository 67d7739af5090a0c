-- Editing the first word of a statement written already: the heads' first words alone, those SNAPSHOT may follow, no template.
BAC|KUP SNAPSHOT example_db.snap1 TO example_repo;
