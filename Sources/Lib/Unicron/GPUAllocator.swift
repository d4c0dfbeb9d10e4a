import Foundation

/// Maps planned GPU counts onto concrete GPUs following the nearest-state principle: a task keeps the
/// healthy GPUs it holds (on the nodes where it holds most), and new GPUs come first from nodes it already
/// uses, then from the emptiest nodes, so that few shards move and few cross the network.
public enum GPUAllocator {
    /// The new owner of every GPU given the old owners, the health of each GPU and per-task targets
    /// (task id, GPU count). Isolated GPUs are never assigned; tasks absent from `targets` lose their GPUs.
    public static func assign(owner: [Int?], health: [GPUHealth], gpusPerNode: Int,
                              targets: [(id: Int, count: Int)]) -> [Int?] {
        let gpn = max(gpusPerNode, 1)
        let nodes = (owner.count + gpn - 1) / gpn
        let m = targets.count
        // Task id → target index (ids are small non-negative integers in practice; others fall back to a search).
        let maxID = targets.reduce(-1) { max($0, $1.id) }
        var index = [Int](repeating: -1, count: maxID >= 0 && maxID < 1 << 16 ? maxID + 1 : 0)
        for (k, t) in targets.enumerated() where t.id >= 0 && t.id < index.count { index[t.id] = k }
        func slot(_ id: Int) -> Int {
            if id >= 0 && id < index.count { return index[id] }
            return targets.firstIndex { $0.id == id } ?? -1
        }
        let usable = health.map { $0 != .isolated }
        var perNode = [Int](repeating: 0, count: m * nodes)
        for g in owner.indices where usable[g] {
            if let o = owner[g] { let k = slot(o); if k >= 0 { perNode[k * nodes + g / gpn] += 1 } }
        }
        var result = [Int?](repeating: nil, count: owner.count)
        var held = [Int](repeating: 0, count: m)
        var order = Array(0..<nodes)
        // Keep: densest nodes first, GPUs in id order within a node.
        for k in 0..<m {
            let t = targets[k]
            guard t.count > 0 else { continue }
            sortNodes(&order) { a, b in
                let ca = perNode[k * nodes + a], cb = perNode[k * nodes + b]
                return ca != cb ? ca > cb : a < b
            }
            outer: for n in order where perNode[k * nodes + n] > 0 {
                for g in n * gpn..<min((n + 1) * gpn, owner.count) where usable[g] && owner[g] == t.id {
                    if held[k] >= t.count { break outer }
                    result[g] = t.id; held[k] += 1
                }
            }
        }
        // Grow: nodes the task uses first, then the nodes with most free GPUs.
        var free = [Int](repeating: 0, count: nodes)
        var used = [Int](repeating: 0, count: m * nodes)
        for g in result.indices where usable[g] {
            if let o = result[g] { used[slot(o) * nodes + g / gpn] += 1 } else { free[g / gpn] += 1 }
        }
        for k in 0..<m {
            var need = targets[k].count - held[k]
            guard need > 0 else { continue }
            sortNodes(&order) { a, b in
                let ua = used[k * nodes + a] > 0, ub = used[k * nodes + b] > 0
                if ua != ub { return ua }
                return free[a] != free[b] ? free[a] > free[b] : a < b
            }
            for n in order where need > 0 && free[n] > 0 {
                for g in n * gpn..<min((n + 1) * gpn, result.count) where need > 0 && usable[g] && result[g] == nil {
                    result[g] = targets[k].id; need -= 1; free[n] -= 1; used[k * nodes + n] += 1
                }
            }
        }
        return result
    }

    /// Insertion sort (node lists are short), stable and allocation-free.
    private static func sortNodes(_ a: inout [Int], by before: (Int, Int) -> Bool) {
        guard a.count > 1 else { return }
        for i in 1..<a.count {
            let x = a[i]
            var j = i - 1
            while j >= 0 && before(x, a[j]) { a[j + 1] = a[j]; j -= 1 }
            a[j + 1] = x
        }
    }
}
