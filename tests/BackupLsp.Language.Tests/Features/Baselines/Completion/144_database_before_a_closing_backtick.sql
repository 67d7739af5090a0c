-- before a closing backtick an editor paired, a database goes in without its dot, which cannot go inside the backticks
BACKUP SNAPSHOT `sa|` TO example_repo ON (t)
