// Checks Result.get(), Result(catching:), mapError and flatMap.
struct NetworkError: Error, CustomStringConvertible {
    let code: Int
    var description: String { "HTTP \(code)" }
}

func fetch(_ path: String) throws -> String {
    if path.hasPrefix("/ok") { return "payload of \(path)" }
    throw NetworkError(code: path == "/missing" ? 404 : 500)
}

let good = Result { try fetch("/ok/users") }
let bad = Result { try fetch("/missing") }

do {
    print(try good.get())
    print(try bad.get())
} catch {
    print("get() threw \(error)")
}

let described = bad.mapError { e -> NetworkError in
    NetworkError(code: ((e as? NetworkError)?.code ?? 0) + 1)
}
if case .failure(let e) = described {
    print("mapped:", e.code)
}
let length = good.flatMap { s -> Result<Int, Error> in .success(s.count) }
print(try! length.get())
print((try? Result<Int, NetworkError>.failure(NetworkError(code: 503)).get()) as Any)
