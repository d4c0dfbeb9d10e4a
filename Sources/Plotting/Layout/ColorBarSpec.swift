/// What a colour bar shows: a colour map over a value range, with an optional label.
struct ColorBarSpec {
    var colorMap: ColorMap
    var vmin: Double
    var vmax: Double
    var label: String?
}

extension Axes {
    /// The colour bar this axes draws, if any: from the last heat map or colour-mapped scatter that asked for one.
    var colorBarSpec: ColorBarSpec? {
        for m in marks.reversed() {
            switch m {
            case .image(let im) where im.colorBar:
                return ColorBarSpec(colorMap: im.colorMap, vmin: im.vmin, vmax: im.vmax, label: im.colorBarLabel)
            case .scatter(let s):
                if let cb = s.colorBar { return cb }
            default: continue
            }
        }
        return nil
    }
}
