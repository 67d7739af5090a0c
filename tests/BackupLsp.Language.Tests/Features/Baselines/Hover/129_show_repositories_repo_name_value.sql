-- options: version=4.1
-- a repository name compared with RepoName is the repository
SHOW REPOSITORIES WHERE RepoName = "exa|mple_repo";
