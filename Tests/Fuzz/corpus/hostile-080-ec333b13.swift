var d: [String: Int] = [:]
for i in 0..<1000 { d[String(i)] = i }
d.count
