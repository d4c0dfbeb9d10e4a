// Checks one-sided range subscripts a[2...], a[..<3], a[...2] and prefix/suffix.
let names = ["Anna", "Alex", "Brian", "Jack", "Zoe"]
for name in names[2...] {
    print(name)
}
print("--")
for name in names[...2] {
    print(name)
}
print("--")
for name in names[..<2] {
    print(name)
}
let values = [5, 10, 15, 20, 25, 30]
print(values[3...])
print(values[..<3])
print(values.prefix(2))
print(values.suffix(2))
print(values.dropFirst())
print(values.dropLast(4))
print(Array(values[4...]).count)
