// Checks print with custom separator and terminator arguments.
print("a", "b", "c")
print("a", "b", "c", separator: "-")
print("a", "b", "c", separator: "")
print(1, 2, 3, separator: ", ", terminator: ".\n")
print("no newline", terminator: "")
print(" <- continued")
for i in 1...5 {
    print(i, terminator: i < 5 ? " -> " : "\n")
}
print("x", terminator: "")
print("y", terminator: "")
print()
print("multi", "line", separator: "\n")
print("", terminator: "")
print("tab", "separated", separator: "\t")
