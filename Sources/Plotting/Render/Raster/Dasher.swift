/// Cuts paths into dashes following an on/off pattern of lengths in device pixels.
enum Dasher {
    /// The "on" pieces of every subpath of `path` as open subpaths.
    static func dash(_ path: Path, pattern: [Double]) -> Path {
        let total = pattern.reduce(0, +)
        guard total > 0, pattern.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return path }
        var out = Path()
        for s in path.subpaths {
            var pts = s.points
            if s.closed, let f = pts.first { pts.append(f) }
            guard pts.count > 1 else { continue }
            var index = 0
            var remaining = pattern[0]
            var on = true
            var current: [Point] = [pts[0]]
            for i in 1..<pts.count {
                var a = pts[i - 1]
                let b = pts[i]
                var segLen = (b - a).length
                while segLen > 0 {
                    if segLen < remaining {
                        remaining -= segLen
                        if on { current.append(b) }
                        segLen = 0
                    } else {
                        let t = remaining / segLen
                        let m = a + (b - a) * t
                        if on {
                            current.append(m)
                            out.subpaths.append(.init(points: current, closed: false))
                        }
                        current = [m]
                        segLen -= remaining
                        a = m
                        on.toggle()
                        index = (index + 1) % pattern.count
                        remaining = pattern[index]
                    }
                }
            }
            if on && current.count > 1 { out.subpaths.append(.init(points: current, closed: false)) }
        }
        return out
    }
}
