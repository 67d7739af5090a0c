-- options: version=4.1
DROP |
