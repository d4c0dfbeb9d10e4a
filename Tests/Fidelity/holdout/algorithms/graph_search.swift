// Checks breadth-first and depth-first search over an adjacency list graph.
let graph: [String: [String]] = [
    "A": ["B", "C"],
    "B": ["D", "E"],
    "C": ["F"],
    "D": [],
    "E": ["F"],
    "F": ["G"],
    "G": [],
]
func bfs(from start: String) -> [String] {
    var visited: Set<String> = [start]
    var queue = [start]
    var order: [String] = []
    while !queue.isEmpty {
        let node = queue.removeFirst()
        order.append(node)
        for next in graph[node, default: []] where !visited.contains(next) {
            visited.insert(next)
            queue.append(next)
        }
    }
    return order
}
func dfs(_ node: String, _ visited: inout Set<String>, _ order: inout [String]) {
    guard !visited.contains(node) else { return }
    visited.insert(node)
    order.append(node)
    for next in graph[node, default: []] { dfs(next, &visited, &order) }
}
print("BFS:", bfs(from: "A").joined(separator: " -> "))
var seen = Set<String>()
var order: [String] = []
dfs("A", &seen, &order)
print("DFS:", order.joined(separator: " -> "))
func shortestPath(from: String, to: String) -> [String]? {
    var previous: [String: String] = [:]
    var queue = [from]
    var visited: Set = [from]
    while !queue.isEmpty {
        let node = queue.removeFirst()
        if node == to {
            var path = [to]
            while let p = previous[path[0]] { path.insert(p, at: 0) }
            return path
        }
        for next in graph[node, default: []] where visited.insert(next).inserted {
            previous[next] = node
            queue.append(next)
        }
    }
    return nil
}
print(shortestPath(from: "A", to: "G") ?? [], shortestPath(from: "D", to: "A") as Any)
