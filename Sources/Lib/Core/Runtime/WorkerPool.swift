import Dispatch
import Foundation
import Synchronization

/// Persistent worker threads for the library's parallel loops, which wait for the next job by
/// spinning briefly before they sleep.
///
/// A training step runs a dozen parallel regions of 20–200 µs each (products, message passing,
/// activations and their derivatives). Waking a sleeping thread for every one of them, as
/// `DispatchQueue.concurrentPerform` does, costs about as much as the region saves: the woken
/// thread starts after most of the work is done. Workers that spin for ``spinTime`` after each
/// job (as OpenMP runtimes do) start the next region at once, and still sleep when the library is
/// idle.
///
/// One job runs at a time. A call made while a job runs (from another thread, or nested inside a
/// job) runs its iterations on the calling thread, so the pool never deadlocks and results never
/// depend on which thread ran an iteration: callers split work into fixed pieces.
final class WorkerPool: @unchecked Sendable {
    /// The pool behind ``Parallel``.
    static let shared = WorkerPool()

    /// How long an idle worker polls for the next job before it sleeps (nanoseconds).
    static let spinTime: UInt64 = 200_000

    /// Odd while a job is open; each job advances it by two (open, then closed).
    private let generation = Atomic<Int>(0)
    /// The next iteration index to hand out.
    private let next = Atomic<Int>(0)
    /// Workers currently inside a job (the caller waits for zero before it returns).
    private let active = Atomic<Int>(0)
    /// Whether a job holds the pool.
    private let busy = Atomic<Bool>(false)
    /// Spawned workers; grows to the most helpers a job asked for. Only the job's caller (the holder of
    /// `busy`) touches it.
    private var workers: [Worker] = []

    // The open job, written by the caller before it opens the job and read by workers after.
    private var body: ((Int) -> Void)?
    private var iterations = 0
    private var helpers = 0

    /// One worker thread: its sleep flag and the semaphore that wakes it.
    private final class Worker: @unchecked Sendable {
        let index: Int
        /// 1 while the worker sleeps (or is about to), 0 while it runs or spins.
        let sleeping = Atomic<Int>(0)
        let wake = DispatchSemaphore(value: 0)
        init(index: Int) { self.index = index }
    }

    /// Calls `body(i)` for every i in 0..<iterations, on the calling thread and up to
    /// `threads - 1` workers, returning when all calls have finished.
    func perform(iterations count: Int, threads: Int, _ body: (Int) -> Void) {
        let helpers = Swift.min(threads - 1, count - 1)
        guard helpers > 0, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            for i in 0..<count { body(i) }
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        ensureWorkers(helpers)
        withoutActuallyEscaping(body) { body in
            self.body = body
            iterations = count
            self.helpers = helpers
            next.store(0, ordering: .relaxed)
            generation.add(1, ordering: .sequentiallyConsistent)  // open
            for worker in workers.prefix(helpers)
            where worker.sleeping.exchange(0, ordering: .sequentiallyConsistent) == 1 {
                worker.wake.signal()
            }
            runIterations(body)
            generation.add(1, ordering: .sequentiallyConsistent)  // closed: no worker joins any more
            while active.load(ordering: .sequentiallyConsistent) != 0 {}
            self.body = nil
        }
    }

    /// Takes iterations until none are left.
    @inline(__always)
    private func runIterations(_ body: (Int) -> Void) {
        while true {
            let i = next.wrappingAdd(1, ordering: .relaxed).oldValue
            if i >= iterations { return }
            body(i)
        }
    }

    /// Starts workers until there are `n` (called by the job's caller only).
    private func ensureWorkers(_ n: Int) {
        while workers.count < n {
            let worker = Worker(index: workers.count)
            let thread = Thread { self.serve(worker) }  // workers keep their pool alive
            thread.name = "Lib worker \(worker.index + 1)"
            thread.stackSize = 8 << 20
            thread.start()
            workers.append(worker)
        }
    }

    /// A worker's loop: wait for an open job it takes part in, join it, repeat.
    private func serve(_ worker: Worker) {
        var seen = 0
        while true {
            let g = awaitJob(after: seen, worker)
            seen = g
            active.add(1, ordering: .sequentiallyConsistent)
            join(g, worker)
            active.subtract(1, ordering: .sequentiallyConsistent)
        }
    }

    /// Runs iterations of job `g` if it is still open and the worker takes part in it. Every
    /// reference to the job's body is dropped when this returns.
    @inline(never)
    private func join(_ g: Int, _ worker: Worker) {
        // The job may have closed between seeing it and registering: then it must not be touched.
        guard generation.load(ordering: .sequentiallyConsistent) == g, worker.index < helpers, let body else { return }
        runIterations(body)
    }

    /// Waits until an open generation other than `seen` appears: spins for ``spinTime``, then sleeps
    /// until a caller wakes it.
    private func awaitJob(after seen: Int, _ worker: Worker) -> Int {
        func open() -> Int? {
            let g = generation.load(ordering: .sequentiallyConsistent)
            return g & 1 == 1 && g != seen ? g : nil
        }
        while true {
            let deadline = DispatchTime.now().uptimeNanoseconds + Self.spinTime
            repeat {
                for _ in 0..<1024 { if let g = open() { return g } }
            } while DispatchTime.now().uptimeNanoseconds < deadline
            worker.sleeping.store(1, ordering: .sequentiallyConsistent)
            if let g = open() {
                // A caller may have cleared the flag already; then its signal must be consumed.
                if worker.sleeping.exchange(0, ordering: .sequentiallyConsistent) == 0 { worker.wake.wait() }
                return g
            }
            worker.wake.wait()
        }
    }
}
