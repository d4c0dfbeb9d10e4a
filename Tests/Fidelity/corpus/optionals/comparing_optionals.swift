// Checks == and != between optionals, with nil, and against non-optional values.
let x: Int? = 5
let y: Int? = 5
let z: Int? = nil
let w: Int? = nil

print(x == y)
print(x == z)
print(z == w)
print(x != nil)
print(z == nil)
print(x == 5)
print(z == 5)

let names: [String?] = ["Ann", nil, "Bo"]
for n in names {
    if n == "Ann" {
        print("found Ann")
    } else if n == nil {
        print("found nil")
    } else {
        print("found someone else")
    }
}

let maybeFlag: Bool? = true
if maybeFlag == true {
    print("flag is set")
}
let unset: Bool? = nil
print(unset == false, unset != true)
