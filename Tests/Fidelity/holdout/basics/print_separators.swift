// Checks print with multiple items, custom separator and terminator.
print("a", "b", "c")
print("a", "b", "c", separator: "-")
print(1, 2.5, true, "text", separator: " | ")
for i in 1...5 {
    print(i, terminator: i < 5 ? ", " : "\n")
}
print()
print("after empty line")
print("x", "y", separator: "", terminator: "!\n")
let items = ["apple", "pear", "fig"]
print(items)
print(items, separator: "*")
