let mb = String(repeating: "x", count: 1_000_000)
for _ in 0..<20 { print(mb) }
