show restore order by CreateTime |
