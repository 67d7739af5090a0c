-- What SET CATALOG does to the session.
SET CATA|LOG hive_catalog;
