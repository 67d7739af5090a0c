CREATE REPOSITORY r WITH BROKER ON LOCATION "s3a://bucket/backup" PROPERTIES ("aws.s3.end|point" = "https://s3.example.com")
