import Foundation
import GRDB
import Protocol

/// Every executed cell, kept in a SQLite file that survives kernel restarts.
///
/// Layout follows IPython's history database: a `sessions` table (one row per kernel
/// start) and a `history` table keyed by (session, line) holding the source and the
/// `text/plain` of the result. The file is opened in WAL mode, so a kernel killed
/// mid-write leaves it intact, and it is created owner-only (0600, in a 0700 folder).
///
/// Thread rules: used from the shell thread only.
public final class HistoryStore {
    /// One history entry.
    public struct Entry: Equatable, Sendable {
        /// Session number (1-based, increasing across kernel starts).
        public var session: Int
        /// Execution count within the session.
        public var line: Int
        public var source: String
        /// The `text/plain` of the cell's result, if any.
        public var output: String?
    }

    private let db: DatabaseQueue
    /// This kernel's session number.
    public let session: Int
    /// Where the database lives (":memory:" when in memory).
    public let path: String

    /// Opens (creating if needed) the history database at `path` and starts a new session.
    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(2)
        if path == ":memory:" {
            db = try DatabaseQueue(configuration: config)
        } else {
            let dir = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            if !FileManager.default.fileExists(atPath: path) {
                _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
            }
            db = try DatabaseQueue(path: path, configuration: config)
            // WAL with synchronous=NORMAL: a killed kernel (even SIGKILL) never corrupts or loses
            // committed cells; only a power cut may drop the last few. No fsync per cell.
            try db.writeWithoutTransaction { db in
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode=WAL")
                try db.execute(sql: "PRAGMA synchronous=NORMAL")
            }
        }
        session = try db.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS sessions (session INTEGER PRIMARY KEY AUTOINCREMENT, start TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS history (
                    session INTEGER NOT NULL, line INTEGER NOT NULL, source TEXT NOT NULL, output TEXT,
                    PRIMARY KEY (session, line));
                """)
            try db.execute(sql: "INSERT INTO sessions (start) VALUES (?)", arguments: [MessageHeader.timestamp()])
            return Int(db.lastInsertedRowID)
        }
    }

    /// The default location: `$SWIFT_RESEARCH_HISTORY`, else
    /// `$JUPYTER_DATA_DIR` (or `$XDG_DATA_HOME/jupyter`, or `~/.local/share/jupyter`)
    /// + `/swift-research/history.sqlite`.
    public static func defaultPath(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let p = env["SWIFT_RESEARCH_HISTORY"], !p.isEmpty { return p }
        return JupyterPaths.dataDirectory(environment: env) + "/swift-research/history.sqlite"
    }

    /// Records one executed cell (replacing an entry with the same line).
    public func record(line: Int, source: String, output: String?) throws {
        try db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO history (session, line, source, output) VALUES (?, ?, ?, ?)",
                           arguments: [session, line, source, output])
        }
    }

    /// The last `n` entries across sessions, oldest first.
    public func tail(_ n: Int) throws -> [Entry] {
        try db.read { db in
            try fetch(db, "SELECT * FROM (SELECT * FROM history ORDER BY session DESC, line DESC LIMIT ?) ORDER BY session, line",
                      [max(0, n)])
        }
    }

    /// Entries of one session with `start <= line < stop` (stop nil: to the end).
    /// `session` 0 is this session, negative values count back from it.
    public func range(session requested: Int, start: Int, stop: Int?) throws -> [Entry] {
        let s = requested <= 0 ? session + requested : requested
        return try db.read { db in
            try fetch(db, "SELECT * FROM history WHERE session = ? AND line >= ? AND line < ? ORDER BY line",
                      [s, start, stop ?? Int.max])
        }
    }

    /// Entries whose source matches the glob `pattern` (`*`, `?`), newest `n` (nil: all),
    /// oldest first; with `unique`, each source appears once (its latest use).
    public func search(pattern: String, n: Int?, unique: Bool) throws -> [Entry] {
        try db.read { db in
            let base = unique
                ? "SELECT session, line, source, output FROM history h WHERE source GLOB ? AND NOT EXISTS (SELECT 1 FROM history g WHERE g.source = h.source AND (g.session > h.session OR (g.session = h.session AND g.line > h.line)))"
                : "SELECT * FROM history WHERE source GLOB ?"
            return try fetch(db, "SELECT * FROM (\(base) ORDER BY session DESC, line DESC LIMIT ?) ORDER BY session, line",
                             [pattern, n ?? -1])
        }
    }

    private func fetch(_ db: Database, _ sql: String, _ args: StatementArguments) throws -> [Entry] {
        try Row.fetchAll(db, sql: sql, arguments: args).map {
            Entry(session: $0["session"], line: $0["line"], source: $0["source"], output: $0["output"])
        }
    }
}
