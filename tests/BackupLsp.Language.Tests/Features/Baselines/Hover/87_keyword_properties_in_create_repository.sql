CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/backup" PROP|ERTIES ("aws.s3.region" = "us-west-2");
