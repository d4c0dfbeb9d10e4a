let big = String(repeating: "x", count: 1 << 62)
