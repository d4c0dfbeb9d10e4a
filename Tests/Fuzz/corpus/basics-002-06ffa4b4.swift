counter += 1
counter += 1
print(counter)
