// Checks that structs are copied on assignment and when passed to functions.
struct Resolution {
    var width = 0
    var height = 0
}
let hd = Resolution(width: 1920, height: 1080)
var cinema = hd
cinema.width = 2048
print("cinema is now \(cinema.width) pixels wide")
print("hd is still \(hd.width) pixels wide")

struct Player {
    var name: String
    var scores: [Int]
}
var p1 = Player(name: "Ann", scores: [10, 20])
var p2 = p1
p2.name = "Ben"
p2.scores.append(30)
print(p1)
print(p2)

func bumped(_ player: Player) -> Player {
    var copy = player
    copy.scores = copy.scores.map { $0 + 1 }
    return copy
}
let p3 = bumped(p1)
print(p1.scores, p3.scores)

var team = [p1, p2]
var other = team
other[0].name = "Zed"
print(team.map { $0.name }, other.map { $0.name })
