print(keep + 1)
