// Checks optional tuples, optional elements inside tuples and their printing.
var maybePair: (Int, String)? = (1, "one")
print(maybePair as Any)
if let (n, s) = maybePair {
    print(n, s)
}
maybePair = nil
print(maybePair as Any)
let withOptionals: (Int?, String?) = (nil, "x")
print(withOptionals)
let labeled: (code: Int?, msg: String) = (42, "ok")
print(labeled)
func lookup(_ key: String) -> (found: Bool, value: Int?) {
    key == "a" ? (true, 1) : (false, nil)
}
print(lookup("a"), lookup("z"))
print(lookup("a").value ?? 0, lookup("z").value ?? 0)
