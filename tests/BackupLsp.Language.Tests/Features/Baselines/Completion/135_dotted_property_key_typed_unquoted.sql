CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/x" PROPERTIES ("aws.s3.region" = "us-west-2", aws.s3.ac|
