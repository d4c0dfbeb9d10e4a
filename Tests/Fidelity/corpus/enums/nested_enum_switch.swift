// Checks switching on a tuple of enums and on nested enum associated values.
enum Move { case rock, paper, scissors }
enum Outcome { case win, lose, draw }
func play(_ a: Move, _ b: Move) -> Outcome {
    switch (a, b) {
    case (.rock, .scissors), (.paper, .rock), (.scissors, .paper):
        return .win
    case _ where a == b:
        return .draw
    default:
        return .lose
    }
}
let moves: [Move] = [.rock, .paper, .scissors]
for a in moves {
    var row: [String] = []
    for b in moves {
        row.append("\(play(a, b))")
    }
    print(a, row)
}

enum Event {
    case key(Character)
    case mouse(button: Int, pressed: Bool)
}
let events: [Event] = [.key("a"), .mouse(button: 1, pressed: true), .mouse(button: 2, pressed: false)]
for e in events {
    switch e {
    case .key(let c): print("key \(c)")
    case .mouse(let b, true): print("press \(b)")
    case .mouse(let b, false): print("release \(b)")
    }
}
