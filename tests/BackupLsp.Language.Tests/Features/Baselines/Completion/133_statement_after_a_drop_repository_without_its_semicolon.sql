DROP REPOSITORY example_repo
sh|
