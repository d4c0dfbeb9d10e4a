import Foundation
import Testing
@testable import Kernel

/// Runs the cell programs in Tests/KernelTests/Cells: each file is a session whose cells are
/// separated by `// ---`; `// expect: line` lines give stdout in order, `// expect error: text`
/// says the cell fails with an error whose name, message or traceback contains text.
extension LanguageTests {
@Suite struct CellProgramTests {
    static var files: [URL] {
        let dir = Bundle.module.url(forResource: "Cells", withExtension: nil)!
        return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "swift" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: LanguageTests.CellProgramTests.files.map(\.lastPathComponent))
    func program(_ name: String) throws {
        let url = Bundle.module.url(forResource: "Cells/" + name.replacingOccurrences(of: ".swift", with: ""), withExtension: "swift")
            ?? Bundle.module.url(forResource: "Cells", withExtension: nil)!.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let interp = SwiftInterpreter()
        for (index, cell) in text.components(separatedBy: "\n// ---\n").enumerated() {
            let lines = cell.components(separatedBy: "\n")
            let expected = lines.compactMap { l -> String? in
                guard let r = l.range(of: "// expect: ") else { return nil }
                return String(l[r.upperBound...])
            }
            let expectedError = lines.compactMap { l -> String? in
                guard let r = l.range(of: "// expect error: ") else { return nil }
                return String(l[r.upperBound...])
            }.first
            let sink = RecordingSink()
            let outcome = interp.execute(ExecuteRequest(code: cell, executionCount: index + 1), output: sink)
            var out = sink.stdout.components(separatedBy: "\n")
            if out.last == "" { out.removeLast() }
            if let want = expectedError {
                guard case .error(let e) = outcome else {
                    Issue.record("\(name) cell \(index + 1): expected error containing '\(want)', got success; stdout: \(sink.stdout)")
                    continue
                }
                let all = ([e.name, e.value] + e.traceback).joined(separator: "\n")
                #expect(all.contains(want), "\(name) cell \(index + 1): error '\(e.name): \(e.value)' lacks '\(want)'")
            } else if case .error(let e) = outcome {
                Issue.record("\(name) cell \(index + 1): unexpected \(e.name): \(e.value)\n\(e.traceback.joined(separator: "\n"))")
                continue
            }
            #expect(out == expected, "\(name) cell \(index + 1): stdout differs")
        }
    }
}
}
