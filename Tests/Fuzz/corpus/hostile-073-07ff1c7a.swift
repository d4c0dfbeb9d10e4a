let big = Array(repeating: 0, count: Int.max)
