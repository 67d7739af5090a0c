-- options: catalog=none
-- without a catalog, the repositories the script creates
CREATE REPOSITORY nightly_repo WITH BROKER ON LOCATION "s3a://bucket/nightly" PROPERTIES ("aws.s3.region" = "us-east-1");
SHOW REPOSITORIES WHERE RepoName = '|'
