import Foundation

/// Maps planned GPU counts onto concrete GPUs following the nearest-state principle: a task keeps the
/// healthy GPUs it holds (on the nodes where it holds most), and new GPUs come first from nodes it already
/// uses, then from the emptiest nodes, so that few shards move and few cross the network.
public enum GPUAllocator {
    /// The new owner of every GPU given the old owners, the health of each GPU and per-task targets
    /// (task id, GPU count). Isolated GPUs are never assigned; tasks absent from `targets` lose their GPUs.
    public static func assign(owner: [Int?], health: [GPUHealth], gpusPerNode: Int,
                              targets: [(id: Int, count: Int)]) -> [Int?] {
        var result = [Int?](repeating: nil, count: owner.count)
        let nodes = (owner.count + gpusPerNode - 1) / gpusPerNode
        // Keep: each task keeps up to its target among its healthy GPUs, densest nodes first.
        for t in targets {
            let mine = owner.indices.filter { owner[$0] == t.id && health[$0] != .isolated }
            var perNode = [Int](repeating: 0, count: nodes)
            for g in mine { perNode[g / gpusPerNode] += 1 }
            let ordered = mine.sorted { (perNode[$0 / gpusPerNode], -$0) > (perNode[$1 / gpusPerNode], -$1) }
            for g in ordered.prefix(t.count) { result[g] = t.id }
        }
        // Grow: fill from nodes the task uses, then from the nodes with most free GPUs.
        for t in targets {
            var need = t.count - result.reduce(0) { $0 + ($1 == t.id ? 1 : 0) }
            guard need > 0 else { continue }
            var free = [Int](repeating: 0, count: nodes), used = [Int](repeating: 0, count: nodes)
            for g in result.indices {
                if result[g] == nil && health[g] != .isolated { free[g / gpusPerNode] += 1 }
                if result[g] == t.id { used[g / gpusPerNode] += 1 }
            }
            let order = (0..<nodes).sorted { a, b in
                if (used[a] > 0) != (used[b] > 0) { return used[a] > 0 }
                if free[a] != free[b] { return free[a] > free[b] }
                return a < b
            }
            for n in order where need > 0 {
                for g in n * gpusPerNode..<min((n + 1) * gpusPerNode, result.count) where need > 0 {
                    if result[g] == nil && health[g] != .isolated { result[g] = t.id; need -= 1 }
                }
            }
        }
        return result
    }
}
