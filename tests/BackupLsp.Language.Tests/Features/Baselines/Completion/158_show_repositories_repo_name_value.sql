-- options: version=4.1
-- a repository name compared with RepoName
SHOW REPOSITORIES WHERE RepoName = |
