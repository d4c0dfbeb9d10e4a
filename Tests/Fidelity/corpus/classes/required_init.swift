// Checks required initializers and failable class initializers in a hierarchy.
class Document {
    var name: String?
    init() {}
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
    required init(copying other: Document) {
        name = other.name
    }
}
class AutomaticallyNamedDocument: Document {
    override init() {
        super.init()
        self.name = "[Untitled]"
    }
    override init(name: String) {
        super.init()
        if name.isEmpty {
            self.name = "[Untitled]"
        } else {
            self.name = name
        }
    }
    required init(copying other: Document) {
        super.init(copying: other)
        name = (name ?? "") + " copy"
    }
}
print(Document(name: "") == nil)
print(Document(name: "notes")?.name ?? "none")
let auto = AutomaticallyNamedDocument(name: "")
print(auto.name!)
let copy = AutomaticallyNamedDocument(copying: Document(name: "report")!)
print(copy.name!)
print(AutomaticallyNamedDocument().name!)
