import Foundation

/// The contents of a Jupyter connection file: where to bind and how to sign.
///
/// Front ends write this JSON file and start the kernel with its path
/// (`{connection_file}` in kernel.json). See the Jupyter client docs,
/// "Connection files".
public struct ConnectionInfo: Equatable, Sendable {
    /// `tcp` or `ipc`.
    public var transport: String
    /// The address to bind: an IP for tcp, a path prefix for ipc.
    public var ip: String
    /// Ports (tcp) or path suffixes (ipc) of the five channels.
    public var shellPort: Int, controlPort: Int, iopubPort: Int, stdinPort: Int, hbPort: Int
    /// The signing key as UTF-8 bytes; empty means messages are not signed.
    public var key: [UInt8]
    /// The signature scheme; only `hmac-sha256` is supported.
    public var signatureScheme: String

    /// Creates connection details directly (tests, tools).
    public init(transport: String = "tcp", ip: String = "127.0.0.1", shellPort: Int, controlPort: Int,
                iopubPort: Int, stdinPort: Int, hbPort: Int, key: [UInt8], signatureScheme: String = "hmac-sha256") {
        self.transport = transport
        self.ip = ip
        self.shellPort = shellPort
        self.controlPort = controlPort
        self.iopubPort = iopubPort
        self.stdinPort = stdinPort
        self.hbPort = hbPort
        self.key = key
        self.signatureScheme = signatureScheme
    }

    /// The endpoint string for one channel's port, e.g. `tcp://127.0.0.1:5555` or `ipc:///tmp/k-1`.
    /// A tcp port of 0 becomes `*`: the system picks a free port when binding.
    public func endpoint(_ port: Int) -> String {
        if transport == "ipc" { return "ipc://\(ip)-\(port)" }
        return "tcp://\(ip):\(port == 0 ? "*" : String(port))"
    }

    /// The port in a bound tcp endpoint such as `tcp://127.0.0.1:40123`, or nil.
    public static func port(ofEndpoint endpoint: String) -> Int? {
        guard endpoint.hasPrefix("tcp://"), let colon = endpoint.lastIndex(of: ":") else { return nil }
        return Int(endpoint[endpoint.index(after: colon)...])
    }

    /// The connection file JSON for these details (what a front end writes).
    public var json: JSONValue {
        ["transport": .string(transport), "ip": .string(ip), "shell_port": .int(shellPort),
         "control_port": .int(controlPort), "iopub_port": .int(iopubPort), "stdin_port": .int(stdinPort),
         "hb_port": .int(hbPort), "key": .string(String(decoding: key, as: UTF8.self)),
         "signature_scheme": .string(signatureScheme)]
    }

    /// The five channel endpoints by role.
    public var shellEndpoint: String { endpoint(shellPort) }
    public var controlEndpoint: String { endpoint(controlPort) }
    public var iopubEndpoint: String { endpoint(iopubPort) }
    public var stdinEndpoint: String { endpoint(stdinPort) }
    public var hbEndpoint: String { endpoint(hbPort) }
}

/// Why a connection file could not be used, phrased for the person who launched the kernel.
public struct ConnectionFileError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ d: String) { description = d }
}

extension ConnectionInfo {
    /// Reads and validates a connection file.
    ///
    /// - Throws: ``ConnectionFileError`` when the file is missing or unreadable, is not
    ///   JSON, lacks a key, has a port outside 0...65535, or names an unknown transport or
    ///   signature scheme.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConnectionFileError(
                FileManager.default.fileExists(atPath: path)
                    ? "cannot read connection file '\(path)' (check its permissions)"
                    : "connection file '\(path)' does not exist")
        }
        try self.init(json: Array(data), source: path)
    }

    /// Parses connection-file JSON; `source` names it in error messages.
    public init(json bytes: [UInt8], source: String = "connection file") throws {
        let value: JSONValue
        do { value = try JSONValue(parsing: bytes) } catch {
            throw ConnectionFileError("\(source) is not valid JSON: \(error)")
        }
        guard case .object = value else { throw ConnectionFileError("\(source) must hold a JSON object") }

        func string(_ k: String, default d: String? = nil) throws -> String {
            guard let v = value[k] else {
                if let d { return d }
                throw ConnectionFileError("\(source) is missing \"\(k)\"")
            }
            guard let s = v.stringValue else { throw ConnectionFileError("\"\(k)\" in \(source) must be a string") }
            return s
        }
        func port(_ k: String) throws -> Int {
            guard let v = value[k] else { throw ConnectionFileError("\(source) is missing \"\(k)\"") }
            guard let p = v.intValue, (0...65535).contains(p) else {
                throw ConnectionFileError("\"\(k)\" in \(source) must be a port number 0...65535, got \(v)")
            }
            return p
        }

        let transport = try string("transport", default: "tcp")
        guard transport == "tcp" || transport == "ipc" else {
            throw ConnectionFileError("unknown transport \"\(transport)\" in \(source); expected \"tcp\" or \"ipc\"")
        }
        let scheme = try string("signature_scheme", default: "hmac-sha256")
        guard scheme == "hmac-sha256" else {
            throw ConnectionFileError("unsupported signature_scheme \"\(scheme)\" in \(source); this kernel supports \"hmac-sha256\"")
        }
        self.init(transport: transport, ip: try string("ip", default: "127.0.0.1"),
                  shellPort: try port("shell_port"), controlPort: try port("control_port"),
                  iopubPort: try port("iopub_port"), stdinPort: try port("stdin_port"), hbPort: try port("hb_port"),
                  key: Array(try string("key").utf8), signatureScheme: scheme)
    }
}
