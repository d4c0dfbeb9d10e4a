let valueX = 1
print(valueY)
