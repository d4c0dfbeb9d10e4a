import Plotting

/// Where the reproduction's figures go: PNG and SVG side by side (the figures themselves are
/// `LONGNNFigures`, shared with the notebook bindings).
enum Figures {
    static func save(_ fig: Figure, _ dir: String, _ name: String) throws {
        try fig.save("\(dir)/\(name).png")
        try fig.save("\(dir)/\(name).svg")
    }
}
