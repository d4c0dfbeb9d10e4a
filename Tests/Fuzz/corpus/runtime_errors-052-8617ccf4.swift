func inner() -> Int { [1][4] }
func outerCall() -> Int { inner() + 1 }
outerCall()
