// Checks a generic queue built from two arrays, with enqueue/dequeue and peek.
struct Queue<T> {
    private var inbox: [T] = []
    private var outbox: [T] = []

    var isEmpty: Bool { inbox.isEmpty && outbox.isEmpty }
    var count: Int { inbox.count + outbox.count }

    mutating func enqueue(_ x: T) { inbox.append(x) }

    mutating func dequeue() -> T? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }

    func peek() -> T? { outbox.last ?? inbox.first }
}

var q = Queue<String>()
q.enqueue("alice")
q.enqueue("bob")
print(q.dequeue() ?? "-")
q.enqueue("carol")
print(q.peek() ?? "-", q.count)
print(q.dequeue() ?? "-")
print(q.dequeue() ?? "-")
print(q.dequeue() ?? "-")
print(q.isEmpty)

var jobs = Queue<(id: Int, name: String)>()
jobs.enqueue((1, "build"))
jobs.enqueue((2, "test"))
while let job = jobs.dequeue() {
    print("job \(job.id): \(job.name)")
}
