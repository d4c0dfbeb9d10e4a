var state = 1
state = 2
let arr = [1, 2, 3]
print(arr[3])
