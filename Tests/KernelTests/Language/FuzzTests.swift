import Foundation
import Lib
import Testing
@testable import Kernel

extension LanguageTests {
    /// Random and mutated cells never crash or hang the evaluator.
    @Suite struct FuzzTests {
        /// A small deterministic generator (xorshift) for the fuzzer.
        struct Rand {
            var state: UInt64
            mutating func next() -> UInt64 {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return state
            }
            mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
        }

        static let seeds: [String] = {
            var cells: [String] = [
                "var a = [1, 2, 3]\nfor x in a { print(x * 2) }",
                "func f(_ n: Int) -> Int { n < 2 ? 1 : n * f(n - 1) }\nf(10)",
                "struct P { var x = 0; mutating func inc() { x += 1 } }\nvar p = P()\np.inc()\np.x",
                "enum E { case a(Int), b }\nlet e = E.a(3)\nswitch e { case .a(let v): print(v); case .b: print(0) }",
                "let d = [\"k\": 1]\nif let v = d[\"k\"] { print(v) } else { print(\"none\") }",
                "class C { var v = 1; init() {} }\nlet c = C()\nc.v += 1\nc.v",
                "var s = \"\"\nfor i in 0..<5 { s += String(i) }\ns.count",
                "do { throw E.b } catch { print(error) }",
                "let xs = (1...10).map { $0 * $0 }.filter { $0 % 2 == 0 }.reduce(0, +)",
                "var i = 0\nwhile i < 10 { i += 1; if i == 5 { break } }",
                "let t = (a: 1, b: \"x\")\nprint(t.a, t.b)",
                "guard let z = Int(\"12\") else { fatalError() }\nz",
            ]
            if let dir = Bundle.module.url(forResource: "Cells", withExtension: nil),
               let files = try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) {
                // hostile_sizes.swift probes the memory budget: its mutations make legal multi-GB
                // allocations, slow and beside the point of fuzzing the language.
                for f in files.sorted(by: { $0.path < $1.path })
                where f.pathExtension == "swift" && f.lastPathComponent != "hostile_sizes.swift" {
                    // Windows of a few lines keep each cell small (the evaluator's cost per cell is dominated by size).
                    if let text = try? String(contentsOf: f, encoding: .utf8) {
                        for cell in text.components(separatedBy: "\n// ---\n") {
                            let lines = cell.components(separatedBy: "\n").filter { !$0.hasPrefix("//") }
                            for start in stride(from: 0, to: lines.count, by: 6) {
                                cells.append(lines[start..<min(lines.count, start + 8)].joined(separator: "\n"))
                            }
                        }
                    }
                }
            }
            return cells
        }()

        static let vocabulary = ["(", ")", "{", "}", "[", "]", ",", ".", "?", "!", "=", "+", "-", "*", "/", "%", "<", ">",
                                 "&&", "||", "..<", "...", "let", "var", "func", "if", "else", "for", "in", "while", "return",
                                 "switch", "case", "default", "break", "continue", "try", "throw", "nil", "true", "0", "1",
                                 "-1", "9223372036854775807", "\"s\"", "x", "a", "$0", "self", "struct", "enum", "class",
                                 "\n", " ", "print", "count", "map", "as", "is", "defer", "do", "catch", "guard", ";", ":"]

        /// Applies one random edit to a cell.
        static func mutate(_ cell: String, _ r: inout Rand) -> String {
            var chars = Array(cell)
            switch r.int(6) {
            case 0 where !chars.isEmpty:  // delete a span
                let i = r.int(chars.count), n = min(chars.count - i, 1 + r.int(8))
                chars.removeSubrange(i..<(i + n))
            case 1:  // insert a token
                let i = r.int(chars.count + 1)
                chars.insert(contentsOf: " " + vocabulary[r.int(vocabulary.count)] + " ", at: i)
            case 2 where !chars.isEmpty:  // duplicate a span
                let i = r.int(chars.count), n = min(chars.count - i, 1 + r.int(20))
                chars.insert(contentsOf: chars[i..<(i + n)], at: r.int(chars.count))
            case 3:  // replace a digit with an extreme number
                let digits = chars.indices.filter { chars[$0].isNumber }
                if !digits.isEmpty { let i = digits[r.int(digits.count)]
                    chars.replaceSubrange(i...i, with: ["9223372036854775807", "0", "-1", "100000"][r.int(4)])
                }
            case 4:  // random token soup
                return (0..<(1 + r.int(25))).map { _ in vocabulary[r.int(vocabulary.count)] }.joined(separator: " ")
            default:  // swap two lines
                var lines = cell.components(separatedBy: "\n")
                if lines.count > 1 { lines.swapAt(r.int(lines.count), r.int(lines.count)) }
                return lines.joined(separator: "\n")
            }
            return String(chars)
        }

        @Test func tenThousandRandomCellsNeverCrashOrHang() throws {
            Interruption.clear()
            var r = Rand(state: 0x5EED_1234_ABCD_0001)
            var cells: [String] = []
            for _ in 0..<10_000 {
                var c = Self.seeds[r.int(Self.seeds.count)]
                for _ in 0..<(1 + r.int(3)) { c = Self.mutate(c, &r) }
                cells.append(c)
            }
            var slowest = 0.0
            var errors = 0, oks = 0, interrupted = 0
            var interruptedTime = 0.0, totalTime = 0.0
            let lock = NSLock()
            var token = 0
            let done = DispatchSemaphore(value: 0)
            // The worker's own interrupt flag: other suites run cells in parallel on the shared one.
            let flag = InterruptFlag()
            let worker = Thread { Interruption.withFlag(flag) {
                var interp = SwiftInterpreter()
                for (n, c) in cells.enumerated() {
                    if n % 100 == 0 { interp = SwiftInterpreter() }
                    lock.lock(); token += 1; let mine = token; lock.unlock()
                    // Watchdog: a cell may loop forever; interrupt it after 50 ms.
                    DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
                        lock.lock(); if token == mine { flag.request() }; lock.unlock()
                    }
                    let start = DispatchTime.now().uptimeNanoseconds
                    let o = interp.execute(ExecuteRequest(code: c, executionCount: n), output: NullSink())
                    let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                    lock.lock(); token += 1; flag.clear(); lock.unlock()
                    slowest = max(slowest, t)
                    if case .error(let e) = o {
                        errors += 1
                        if e.name == "Interrupted" { interrupted += 1; interruptedTime += t }
                    } else { oks += 1 }
                    totalTime += t
                }
                done.signal()
            } }
            worker.stackSize = 256 << 20
            worker.start()
            let finished = done.wait(timeout: .now() + 600) == .success
            print("fuzz: \(oks) ok, \(errors) errors (\(interrupted) interrupted, \(interruptedTime) s), total \(totalTime) s, slowest \(slowest) s")
            #expect(finished)
            #expect(errors + oks == 10_000)
            #expect(oks > 300)      // the mutations keep some cells valid
            #expect(errors > 500)   // and many invalid
            // Not a timing test: a cell that ignored the 50 ms watchdog would never return. The
            // bound only has to separate "stopped" from "hung" on a loaded machine.
            #expect(slowest < 30.0, "slowest cell took \(slowest) s: a cell ignored the interrupt")
        }
    }
}
