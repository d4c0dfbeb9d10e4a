/// Minimal `--name value` command-line parsing.
struct Arguments {
    let raw: [String]
    init(_ raw: [String]) { self.raw = raw }
    func string(_ name: String) -> String? {
        raw.firstIndex(of: name).flatMap { $0 + 1 < raw.count ? raw[$0 + 1] : nil }
    }
    func int(_ name: String) -> Int? { string(name).flatMap(Int.init) }
    func double(_ name: String) -> Double? { string(name).flatMap(Double.init) }
    func flag(_ name: String) -> Bool { raw.contains(name) }
}
