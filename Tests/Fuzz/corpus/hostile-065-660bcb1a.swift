func ping(_ n: Int) -> Int { pong(n) }
func pong(_ n: Int) -> Int { ping(n) + 1 }
ping(0)
