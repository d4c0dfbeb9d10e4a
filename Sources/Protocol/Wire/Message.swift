/// One Jupyter message: routing identities, the four JSON parts and raw buffers.
///
/// Header, parent header, metadata and content are kept as parsed JSON so that
/// fields this implementation does not know survive a round trip.
public struct Message: Equatable, Sendable {
    /// ROUTER identities (shell, control, stdin) or the topic (iopub) before `<IDS|MSG>`.
    public var identities: [[UInt8]]
    public var header: JSONValue
    /// The header of the request this message answers, or `{}`.
    public var parentHeader: JSONValue
    public var metadata: JSONValue
    public var content: JSONValue
    /// Binary buffers after the content, passed through untouched.
    public var buffers: [[UInt8]]

    public init(identities: [[UInt8]] = [], header: JSONValue, parentHeader: JSONValue = [:],
                metadata: JSONValue = [:], content: JSONValue = [:], buffers: [[UInt8]] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// `header.msg_type`, or "" when absent.
    public var msgType: String { header["msg_type"]?.stringValue ?? "" }
    /// `header.msg_id`, or "" when absent.
    public var msgID: String { header["msg_id"]?.stringValue ?? "" }
    /// `header.session`, or "" when absent.
    public var session: String { header["session"]?.stringValue ?? "" }
}
