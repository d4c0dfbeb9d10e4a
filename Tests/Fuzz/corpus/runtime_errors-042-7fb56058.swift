let big = Int.max
let boom = big + 1
