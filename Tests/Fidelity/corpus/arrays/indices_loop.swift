// Checks indices, startIndex/endIndex, stride over indices and index-based mutation.
var temps = [12, 15, 9, 20]
for i in temps.indices {
    print("day \(i): \(temps[i])")
}
for i in temps.indices {
    temps[i] += 1
}
print(temps)
print(temps.startIndex, temps.endIndex)
print(temps.indices)
for i in stride(from: temps.startIndex, to: temps.endIndex, by: 2) {
    print("even day \(i) -> \(temps[i])")
}
let slice = temps[1...2]
print(slice.startIndex, slice.endIndex)
for i in slice.indices {
    print(i, slice[i])
}
print(temps.index(after: 0), temps.index(before: 4))
