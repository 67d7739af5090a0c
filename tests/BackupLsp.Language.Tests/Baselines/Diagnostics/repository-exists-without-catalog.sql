-- Without a catalog the cluster's repositories are unknown, but a second CREATE of one the script creates fails.
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/p";
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/q";
DROP REPOSITORY example_repo;
CREATE REPOSITORY example_repo WITH BROKER ON LOCATION "s3://b/q";
