-- options: catalog=demo.json version=4.1.0 severity:SRB700=off
-- A release's first patch has its forms: a SHOW's WHERE, ORDER BY and LIMIT under 4.1.0
SHOW BACKUP FROM example_db WHERE State = 'FINISHED' ORDER BY CreateTime DESC LIMIT 1;
SHOW REPOSITORIES WHERE RepoName = 'example_repo';
