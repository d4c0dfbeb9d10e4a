// Checks deinit runs when the last reference goes away, including at end of a function scope.
class Resource {
    let name: String
    init(_ name: String) {
        self.name = name
        print("acquire \(name)")
    }
    deinit {
        print("release \(name)")
    }
}

func useTemporary() {
    let r = Resource("temp")
    print("using \(r.name)")
}
print("start")
useTemporary()
print("after function")

var a: Resource? = Resource("shared")
var b = a
a = nil
print("a cleared, b still holds \(b!.name)")
b = nil
print("both cleared")

var list: [Resource] = [Resource("x"), Resource("y")]
list.removeFirst()
print("removed first")
list.removeAll()
print("end")
