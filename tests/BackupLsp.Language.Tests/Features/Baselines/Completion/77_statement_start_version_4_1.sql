-- options: version=4.1
|
