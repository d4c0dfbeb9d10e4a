// Checks catch clauses listing several patterns separated by commas.
enum NetError: Error {
    case timeout, offline, dnsFailure
    case server(status: Int)
}

func request(_ n: Int) throws -> String {
    switch n {
    case 0: return "200 OK"
    case 1: throw NetError.timeout
    case 2: throw NetError.offline
    case 3: throw NetError.dnsFailure
    case 4: throw NetError.server(status: 503)
    default: throw NetError.server(status: 418)
    }
}

for i in 0...5 {
    do {
        print(i, try request(i))
    } catch NetError.timeout, NetError.offline {
        print(i, "connectivity problem, retry later")
    } catch NetError.server(let s) where s >= 500, NetError.server(let s) where s == 418 {
        print(i, "server said \(s)")
    } catch {
        print(i, "other:", error)
    }
}
