// Declarations persist across cells
print(a + b)
var counter = 0
