CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/backup"
PROPERTIES ("aws.s3.access_key" = "key", |
