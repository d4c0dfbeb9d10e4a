enum E: Error { case a }
func f() throws -> Int { throw E.a }
try f()
