// Checks the Result type: success/failure, get(), map, and switching over results.
enum NetworkError: Error, Equatable {
    case badURL
    case timeout(seconds: Int)
}
func fetch(_ url: String) -> Result<String, NetworkError> {
    if !url.hasPrefix("https://") { return .failure(.badURL) }
    if url.contains("slow") { return .failure(.timeout(seconds: 30)) }
    return .success("content of \(url.dropFirst(8))")
}
let urls = ["https://example.com", "ftp://old.net", "https://slow.server"]
for url in urls {
    switch fetch(url) {
    case .success(let body):
        print("OK: \(body)")
    case .failure(.badURL):
        print("bad url: \(url)")
    case .failure(.timeout(let s)):
        print("timed out after \(s)s")
    }
}
let lengths = urls.map { fetch($0).map { $0.count } }
print(lengths)
do {
    let body = try fetch("https://swift.org").get()
    print(body)
    _ = try fetch("nope").get()
} catch {
    print("caught \(error)")
}
let r = Result<Int, NetworkError> { 5 }
print(r, (try? r.get()) as Any)
print(fetch("x") == .failure(.badURL))
