-- A scheme StarRocks does not read, near one it does: Tencent COS is cosn.
CREATE REPOSITORY tencent_repo WITH BROKER ON LOCATION "cos://bu|cket/backups";
