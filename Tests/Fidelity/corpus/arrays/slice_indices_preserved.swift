// Checks that ArraySlice keeps the base array's indices and how Array(slice) reindexes.
let numbers = [10, 20, 30, 40, 50, 60]
let slice = numbers[2..<5]
print(slice)
print(slice.startIndex, slice.endIndex)
print(slice[2], slice[4])
print(slice.firstIndex(of: 40)!)
let rebased = Array(slice)
print(rebased.startIndex, rebased[0])
print(type(of: slice))
print(type(of: rebased))
let tail = numbers.dropFirst(3)
print(tail.startIndex, tail.first!)
let sub = slice[3...]
print(sub, sub.startIndex)
var mutableSlice = numbers[1...3]
mutableSlice[2] = 99
print(mutableSlice, numbers)
