-- READ goes with ONLY (createRepositoryStatement: CREATE (READ ONLY)? REPOSITORY): no other statement starts CREATE READ
CREATE READ REPOSITORY ro_repo WITH BROKER ON LOCATION "s3a://bucket/backup";
CREATE READ ONLY REPOSITORY ro_repo2 WITH BROKER ON LOCATION "s3a://bucket/backup";
-- CREATE ROLE and CREATE RESOURCE are other SQL
CREATE ROLE reader;
CREATE RESOURCE "spark0" PROPERTIES ("type" = "spark");
