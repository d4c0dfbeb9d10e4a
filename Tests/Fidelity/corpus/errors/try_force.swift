// Checks try! on calls that succeed, then a final try! on a failing call, which traps.
enum ConfigError: Error {
    case missingKey(String)
}

let config = ["host": "localhost", "port": "8888"]

func value(_ key: String) throws -> String {
    guard let v = config[key] else { throw ConfigError.missingKey(key) }
    return v
}

let host = try! value("host")
let port = Int(try! value("port"))!
print("connecting to \(host):\(port)")
print("port + 1 =", port + 1)
let token = try! value("token")
print("token:", token)
