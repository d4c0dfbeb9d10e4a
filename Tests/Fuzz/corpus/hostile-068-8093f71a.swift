[3, 1, 2].sorted { a, b in [0][a] < b }
