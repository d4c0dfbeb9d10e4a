import Foundation

/// A binary min-heap of timed events; ties break by insertion order so runs are deterministic.
struct EventQueue<Payload> {
    private var heap: [(time: Double, seq: Int, payload: Payload)] = []
    private var seq = 0
    var isEmpty: Bool { heap.isEmpty }
    var peekTime: Double? { heap.first?.time }

    mutating func push(_ time: Double, _ payload: Payload) {
        heap.append((time, seq, payload)); seq += 1
        var i = heap.count - 1
        while i > 0 {
            let p = (i - 1) / 2
            if less(i, p) { heap.swapAt(i, p); i = p } else { break }
        }
    }

    mutating func pop() -> (time: Double, payload: Payload)? {
        guard !heap.isEmpty else { return nil }
        let top = heap[0]
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < heap.count, less(l, m) { m = l }
                if r < heap.count, less(r, m) { m = r }
                if m == i { break }
                heap.swapAt(i, m); i = m
            }
        }
        return (top.time, top.payload)
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        heap[a].time < heap[b].time || (heap[a].time == heap[b].time && heap[a].seq < heap[b].seq)
    }
}
