// Checks nested do/catch where the inner catch handles some errors and rethrows others.
enum TaskError: Error {
    case recoverable(String)
    case fatal(String)
}

func run(_ job: String) throws -> String {
    if job.hasPrefix("r") { throw TaskError.recoverable(job) }
    if job.hasPrefix("f") { throw TaskError.fatal(job) }
    return "done \(job)"
}

func runWithRetry(_ job: String) throws -> String {
    do {
        return try run(job)
    } catch TaskError.recoverable(let name) {
        print("  recovering from \(name)")
        return try run(String(name.dropFirst()))
    }
}

for job in ["build", "rtest", "fdeploy", "rfail"] {
    do {
        print(try runWithRetry(job))
    } catch {
        print("gave up: \(error)")
    }
}
