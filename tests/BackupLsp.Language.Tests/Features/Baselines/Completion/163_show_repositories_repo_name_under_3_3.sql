-- options: version=3.3
-- SHOW WHERE is 4.1's: no names under 3.3
SHOW REPOSITORIES WHERE RepoName = |
