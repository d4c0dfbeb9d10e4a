import Dispatch
import Foundation
import Synchronization
import Testing
@testable import Lib

/// The worker pool behind the library's parallel loops: every iteration runs exactly once, on
/// more than one thread when asked, and nested or concurrent calls neither deadlock nor lose work.
@Suite struct WorkerPoolTests {
    /// Runs `iterations` through a fresh pool and counts how often each index ran.
    func counts(_ pool: WorkerPool, iterations: Int, threads: Int) -> [Int] {
        // Each index has its own slot, so iterations that run once never touch the same memory.
        let slots = UnsafeMutableBufferPointer<Int>.allocate(capacity: iterations)
        defer { slots.deallocate() }
        slots.initialize(repeating: 0)
        pool.perform(iterations: iterations, threads: threads) { slots[$0] += 1 }
        return Array(slots)
    }

    @Test func everyIterationRunsOnce() {
        let pool = WorkerPool()
        for iterations in [0, 1, 2, 3, 8, 1000] {
            #expect(counts(pool, iterations: iterations, threads: 2) == Array(repeating: 1, count: iterations))
        }
        #expect(counts(pool, iterations: 5, threads: 1) == Array(repeating: 1, count: 5))
    }

    @Test func workersTakePartAndWakeAfterSleeping() throws {
        let pool = WorkerPool()
        let caller = pthread_self()
        // Each iteration waits until the other one started, so two threads must have run them.
        for round in 0..<3 {
            let started = Atomic<Int>(0), elsewhere = Atomic<Int>(0)
            pool.perform(iterations: 2, threads: 2) { _ in
                started.add(1, ordering: .sequentiallyConsistent)
                let deadline = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
                while started.load(ordering: .sequentiallyConsistent) < 2, DispatchTime.now().uptimeNanoseconds < deadline {}
                if pthread_equal(pthread_self(), caller) == 0 { elsewhere.add(1, ordering: .relaxed) }
            }
            #expect(started.load(ordering: .relaxed) == 2)
            #expect(elsewhere.load(ordering: .relaxed) == 1, "round \(round)")
            // Past the spin time the worker sleeps; the next job must wake it.
            usleep(useconds_t(WorkerPool.spinTime / 1000 * 3))
        }
    }

    @Test func nestedCallsRunOnTheCallingThread() {
        let pool = WorkerPool()
        let total = Atomic<Int>(0)
        pool.perform(iterations: 4, threads: 2) { _ in
            pool.perform(iterations: 10, threads: 2) { total.add($0, ordering: .relaxed) }
        }
        #expect(total.load(ordering: .relaxed) == 4 * 45)
    }

    @Test func concurrentCallersAllFinish() {
        let pool = WorkerPool()
        let total = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<200 {
                pool.perform(iterations: 16, threads: 2) { total.add($0, ordering: .relaxed) }
            }
        }
        #expect(total.load(ordering: .relaxed) == 8 * 200 * 120)
    }
}
