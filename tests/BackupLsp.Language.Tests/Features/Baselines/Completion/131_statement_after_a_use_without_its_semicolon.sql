USE example_db
BACK|
