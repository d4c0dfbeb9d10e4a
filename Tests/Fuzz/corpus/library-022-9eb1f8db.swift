Figure()[1, 1]
