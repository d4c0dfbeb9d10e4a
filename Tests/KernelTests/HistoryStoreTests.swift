import Foundation
import Testing
@testable import Kernel

@Suite struct HistoryStoreTests {
    func tempPath() -> String {
        NSTemporaryDirectory() + "history-\(UUID().uuidString)/nested/history.sqlite"
    }

    @Test func recordsAndQueriesAcrossSessions() throws {
        let path = tempPath()
        do {
            let h = try HistoryStore(path: path)
            #expect(h.session == 1)
            try h.record(line: 1, source: "let x = 1", output: nil)
            try h.record(line: 2, source: "x + 1", output: "2")
            try h.record(line: 3, source: "print(x)", output: nil)
        }
        let h = try HistoryStore(path: path)
        #expect(h.session == 2)
        try h.record(line: 1, source: "x + 1", output: "2")
        #expect(try h.tail(2).map(\.source) == ["print(x)", "x + 1"])
        #expect(try h.tail(10).count == 4)
        #expect(try h.range(session: -1, start: 2, stop: nil).map(\.line) == [2, 3])
        #expect(try h.range(session: 1, start: 1, stop: 3).map(\.line) == [1, 2])
        #expect(try h.range(session: 0, start: 0, stop: nil).map(\.source) == ["x + 1"])
        #expect(try h.search(pattern: "x*", n: nil, unique: false).count == 2)
        #expect(try h.search(pattern: "*x*", n: nil, unique: false).count == 4)
        let unique = try h.search(pattern: "*x*", n: nil, unique: true)
        #expect(unique.map(\.session) == [1, 1, 2])
        #expect(unique.map(\.source) == ["let x = 1", "print(x)", "x + 1"])
        #expect(try h.search(pattern: "*x*", n: 1, unique: false).map(\.session) == [2])
        #expect(try h.tail(1).first?.output == "2")
    }

    @Test func fileIsOwnerOnlyAndInWALMode() throws {
        let path = tempPath()
        let store = try HistoryStore(path: path)
        defer { withExtendedLifetime(store) {} }
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
        let dir = try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)
        #expect((dir[.posixPermissions] as? Int) == 0o700)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test func defaultPathFollowsJupyterDataDir() {
        #expect(HistoryStore.defaultPath(environment: ["SWIFT_RESEARCH_HISTORY": "/x/h.db"]) == "/x/h.db")
        #expect(HistoryStore.defaultPath(environment: ["JUPYTER_DATA_DIR": "/d"]) == "/d/swift-research/history.sqlite")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/jupyter/swift-research/history.sqlite")
    }
}
