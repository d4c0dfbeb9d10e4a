struct S { var s: [S] = [] }
var x = S()
for _ in 0..<1000 { x = S(s: [x]) }
x.s.count
