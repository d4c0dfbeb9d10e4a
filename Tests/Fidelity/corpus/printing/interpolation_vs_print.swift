// Checks that interpolation and print render values the same way for common types.
let d = 2.0
let f: Float = 0.1
let arr = ["x", "y"]
let opt: Int? = 4
let ch: Character = "c"
print(d, "\(d)")
print(f, "\(f)")
print(arr, "\(arr)")
print(String(describing: opt), "\(String(describing: opt))")
print(ch, "\(ch)")
print((1, "a"), "\((1, "a"))")
print([1: "one"], "\([1: "one"])")
print("\(1)\(2)\(3)", "\(true) \(false)")
print("\([Int]())", "\([String: Int]())")
print("\(-0.0) \(Double.infinity) \(1e100)")
