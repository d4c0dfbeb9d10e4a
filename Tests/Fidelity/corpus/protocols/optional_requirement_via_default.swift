// Checks static vs dynamic dispatch of protocol extension methods not in the requirement list.
protocol Speaker {
    func speak() -> String
}

extension Speaker {
    func speak() -> String { "..." }
    func intro() -> String { "I am a speaker" }
}

struct Robot: Speaker {
    func speak() -> String { "Beep" }
    func intro() -> String { "I am a robot" }
}

struct Mime: Speaker {}

let r = Robot()
print(r.speak(), r.intro())
let s: Speaker = r
print(s.speak(), s.intro())
let m = Mime()
print(m.speak(), m.intro())
let all: [Speaker] = [Robot(), Mime()]
for x in all {
    print(x.speak() + " / " + x.intro())
}
