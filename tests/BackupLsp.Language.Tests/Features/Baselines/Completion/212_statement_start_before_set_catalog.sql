-- options: version=2.5.2
-- under a release before 2.5.3, which lacks SET CATALOG, the catalog switch offered is USE CATALOG
|
