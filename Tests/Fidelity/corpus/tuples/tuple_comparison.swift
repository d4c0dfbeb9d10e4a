// Checks tuple comparison operators, which compare element by element left to right.
print((1, "zebra") < (2, "apple"))
print((3, "apple") < (3, "bird"))
print((4, "dog") == (4, "dog"))
print((1, 2, 3) < (1, 2, 4))
print((2, 0) > (1, 99))
print(("blue", false) == ("blue", false))
print((1.5, "a") >= (1.5, "a"))
let people = [("Smith", "John"), ("Doe", "Jane"), ("Smith", "Anna"), ("Doe", "Adam")]
let sorted = people.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
for (last, first) in sorted {
    print("\(last), \(first)")
}
print((1, 2) != (1, 3))
