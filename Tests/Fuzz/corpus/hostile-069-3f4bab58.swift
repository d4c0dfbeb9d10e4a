(0..<5).map { i -> Int in if i == 3 { fatalError("boom") }; return i }
