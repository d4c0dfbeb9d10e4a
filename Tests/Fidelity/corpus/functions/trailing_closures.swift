// Checks trailing closure syntax, including with extra arguments and multiple trailing closures.
let digitNames = [
    0: "Zero", 1: "One", 2: "Two", 3: "Three", 4: "Four",
    5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine",
]
let numbers = [16, 58, 510]
let strings = numbers.map { (number) -> String in
    var number = number
    var output = ""
    repeat {
        output = digitNames[number % 10]! + output
        number /= 10
    } while number > 0
    return output
}
print(strings)

func perform(times: Int, action: (Int) -> Void) {
    for i in 1...times { action(i) }
}
perform(times: 3) { i in
    print("iteration \(i)")
}

func load(_ name: String, onSuccess: (String) -> Void, onFailure: () -> Void) {
    if name.hasSuffix(".txt") { onSuccess("contents of \(name)") } else { onFailure() }
}
load("notes.txt") { text in
    print(text)
} onFailure: {
    print("could not load")
}
load("image.png") { print($0) } onFailure: { print("could not load") }
