Int.max + 1
