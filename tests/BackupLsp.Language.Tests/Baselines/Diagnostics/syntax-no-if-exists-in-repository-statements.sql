-- CREATE REPOSITORY, DROP REPOSITORY and DROP SNAPSHOT have no IF [NOT] EXISTS: StarRocks fails at IF, a reserved word.
DROP REPOSITORY IF EXISTS r;
CREATE REPOSITORY IF NOT EXISTS r WITH BROKER ON LOCATION 's3a://b/p';
CREATE READ ONLY REPOSITORY if not exists r WITH BROKER ON LOCATION 's3a://b/p';
DROP SNAPSHOT IF EXISTS s ON r;
DROP REPOSITORY IF EXISTS;
CREATE REPOSITORY IF EXISTS r WITH BROKER ON LOCATION 's3a://b/p';
-- IF alone is a reserved word as the name.
DROP REPOSITORY IF;
-- no fix where no name follows the clause (nor above, after DROP REPOSITORY): removing it would leave a statement that names nothing
DROP SNAPSHOT IF EXISTS ON r;
-- a word some release reserves is a name all the same; a comment after the clause stays
DROP REPOSITORY IF EXISTS asof;
DROP REPOSITORY IF EXISTS -- c
  repo2;
