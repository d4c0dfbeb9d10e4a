// Checks protocol extensions constrained with where clauses on Self and on Collection.
protocol Scorable {
    var score: Int { get }
}

struct Player: Scorable {
    let name: String
    let score: Int
}

extension Collection where Element: Scorable {
    var totalScore: Int { reduce(0) { $0 + $1.score } }
    func best() -> Element? { self.max { $0.score < $1.score } }
}

extension Scorable where Self: CustomStringConvertible {
    func report() -> String { "\(self) scored \(score)" }
}

struct Team: Scorable, CustomStringConvertible {
    let score: Int
    var description: String { "Team" }
}

let players = [Player(name: "Ann", score: 12), Player(name: "Bo", score: 30), Player(name: "Cy", score: 7)]
print(players.totalScore)
print(players.best()!.name)
print([Player]().best() == nil)
print(Team(score: 99).report())
print(players.filter { $0.score > 10 }.totalScore)
