-- options: catalog=documented-examples.json
-- The DROP REPOSITORY reference page, every release.
DROP REPOSITORY `archive_repo`;
DROP REPOSITORY archive_repo2;
