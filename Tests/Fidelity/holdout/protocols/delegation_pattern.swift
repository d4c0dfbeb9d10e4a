// Checks the delegate pattern with a class-bound protocol and weak delegate.
protocol DiceGameDelegate: AnyObject {
    func gameDidStart(_ game: DiceGame)
    func game(_ game: DiceGame, didRoll value: Int, turn: Int)
    func gameDidEnd(_ game: DiceGame)
}
class DiceGame {
    let rolls: [Int]
    weak var delegate: DiceGameDelegate?
    var score = 0
    init(rolls: [Int]) { self.rolls = rolls }
    func play() {
        delegate?.gameDidStart(self)
        for (turn, value) in rolls.enumerated() {
            score += value
            delegate?.game(self, didRoll: value, turn: turn + 1)
            if score >= 15 { break }
        }
        delegate?.gameDidEnd(self)
    }
}
class Tracker: DiceGameDelegate {
    var numberOfTurns = 0
    func gameDidStart(_ game: DiceGame) { print("Started a game with \(game.rolls.count) planned rolls") }
    func game(_ game: DiceGame, didRoll value: Int, turn: Int) {
        numberOfTurns += 1
        print("Turn \(turn): rolled \(value), score \(game.score)")
    }
    func gameDidEnd(_ game: DiceGame) { print("The game lasted for \(numberOfTurns) turns") }
}
let tracker = Tracker()
let game = DiceGame(rolls: [3, 6, 2, 5, 4, 1])
game.delegate = tracker
game.play()
let silent = DiceGame(rolls: [1, 2])
silent.play()
print("silent score: \(silent.score)")
