import Protocol

/// A value's representations keyed by MIME type, in a fixed order.
///
/// It becomes the `data` and `metadata` of `display_data`, `execute_result` and
/// `inspect_reply`. Order is kept so that the same value always serialises to
/// the same bytes.
public struct MimeBundle: Sendable, Equatable {
    /// MIME type → representation (a string for text and base64 images, JSON for `application/json`).
    public var data: JSONObject
    /// MIME type → metadata (e.g. `{"image/png": {"width": 640, "height": 480}}`).
    public var metadata: JSONObject

    /// An empty bundle.
    public init() { data = JSONObject(); metadata = JSONObject() }

    /// A bundle with only `text/plain`.
    public init(plainText: String) {
        self.init()
        data["text/plain"] = .string(plainText)
    }

    /// Adds or replaces one representation.
    public mutating func set(_ mime: String, _ value: JSONValue, metadata meta: JSONValue? = nil) {
        data[mime] = value
        if let meta { metadata[mime] = meta }
    }

    /// The `text/plain` representation, if present.
    public var plainText: String? { data["text/plain"]?.stringValue }
}
