-- options: version=3.1
-- a padded key keeps its spaces in the title: Markdown takes one off each end of a code span
BACKUP SNAPSHOT example_db.s TO example_repo PROPERTIES (" ty|pe " = "full");
