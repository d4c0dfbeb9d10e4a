/// Where an axes draws its legend.
public enum LegendPosition: Sendable, CaseIterable {
    /// The corner or edge position that covers the least data (matplotlib's "best").
    case best
    /// Top right corner.
    case upperRight
    /// Top left corner.
    case upperLeft
    /// Bottom left corner.
    case lowerLeft
    /// Bottom right corner.
    case lowerRight
    /// Middle of the right edge.
    case centerRight
    /// Middle of the left edge.
    case centerLeft
    /// Middle of the bottom edge.
    case lowerCenter
    /// Middle of the top edge.
    case upperCenter
    /// No legend even when marks have labels.
    case hidden

    /// Candidate positions tried by ``best``, in order of preference.
    static let candidates: [LegendPosition] = [.upperRight, .upperLeft, .lowerLeft, .lowerRight, .centerRight, .centerLeft, .lowerCenter, .upperCenter]
}
