/// A rectangle in data coordinates (bars, histogram bins, timeline spans).
struct DataRect {
    var x0: Double, x1: Double, y0: Double, y1: Double
}

/// Where a step line changes value.
public enum StepPosition: Sendable {
    /// The value holds from its x to the next x (matplotlib's `where="post"`).
    case post
    /// The value holds from the previous x up to its x.
    case pre
    /// The change happens halfway between points.
    case mid
}

/// One thing drawn in an axes, in data coordinates. Marks are plain values built by the
/// `Axes` API and turned into renderer calls only when the figure is drawn.
enum Mark {
    case line(LineMark)
    case scatter(ScatterMark)
    case bars(BarMark)
    case area(AreaMark)
    case image(ImageMark)
    case reference(ReferenceLineMark)
    case text(TextMark)
}

struct LineMark {
    var x: [Double]
    var y: [Double]
    var color: Color
    var width: Double
    var style: LineStyle
    var marker: Marker?
    var markerSize: Double
    var label: String?
}

struct ScatterMark {
    var x: [Double]
    var y: [Double]
    var color: Color
    var size: Double
    var marker: Marker
    var label: String?
}

struct BarMark {
    var rects: [DataRect]
    var color: Color
    var edgeColor: Color?
    var label: String?
    /// Bars grow along x from a baseline (horizontal bar charts, timelines).
    var horizontal = false
}

struct AreaMark {
    var x: [Double]
    var lower: [Double]
    var upper: [Double]
    var color: Color
    var label: String?
}

struct ImageMark {
    /// Pixels to draw as they are (``Axes/image(_:)``); when nil, `values` are colour-mapped.
    var rgba: RGBAImage? = nil
    var values: [[Double]]
    var colorMap: ColorMap
    var vmin: Double
    var vmax: Double
    var colorBar: Bool
    var colorBarLabel: String?

    /// Number of rows (image height).
    var rows: Int { rgba?.height ?? values.count }
    /// Number of columns (image width).
    var columns: Int { rgba?.width ?? (values.first?.count ?? 0) }
}

struct ReferenceLineMark {
    var vertical: Bool
    var value: Double
    var color: Color
    var width: Double
    var style: LineStyle
    var label: String?
}

struct TextMark {
    var text: String
    var x: Double
    var y: Double
    var color: Color?
    var size: Double?
    var alignment: TextAlignment
    /// When set, an arrow is drawn from the text towards this data point.
    var arrowTo: Point?
}
