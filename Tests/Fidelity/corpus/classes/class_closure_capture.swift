// Checks closures stored in class properties, capturing self weakly with [weak self] / [unowned self].
class HTMLElement {
    let name: String
    let text: String?
    lazy var asHTML: () -> String = { [unowned self] in
        if let text = self.text {
            return "<\(self.name)>\(text)</\(self.name)>"
        } else {
            return "<\(self.name) />"
        }
    }
    init(name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }
    deinit { print("\(name) is being deinitialized") }
}
var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())
paragraph = nil

let heading = HTMLElement(name: "h1")
let defaultText = "some default text"
heading.asHTML = {
    return "<\(heading.name)>\(heading.text ?? defaultText)</\(heading.name)>"
}
print(heading.asHTML())

class Timer {
    var ticks = 0
    var onTick: (() -> Void)?
    func start() {
        onTick = { [weak self] in
            self?.ticks += 1
        }
    }
}
let t = Timer()
t.start(); t.onTick?(); t.onTick?()
print("ticks \(t.ticks)")
