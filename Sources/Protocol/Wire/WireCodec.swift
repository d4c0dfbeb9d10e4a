/// Encodes and decodes Jupyter messages as ZeroMQ multipart frames.
///
/// Wire layout: `[identities…, "<IDS|MSG>", signature, header, parent_header,
/// metadata, content, buffers…]`. Pure functions: no sockets, no clock.
public struct WireCodec: Sendable {
    /// The frame that separates routing identities from the message.
    public static let delimiter: [UInt8] = Array("<IDS|MSG>".utf8)

    /// The signer used for both directions.
    public let signer: MessageSigner

    /// A codec signing with `key` (empty: unsigned).
    public init(key: [UInt8]) { signer = MessageSigner(key: key) }

    /// The frames of `message`, signed.
    public func encode(_ message: Message) -> [[UInt8]] {
        let parts = [message.header.serializedBytes(), message.parentHeader.serializedBytes(),
                     message.metadata.serializedBytes(), message.content.serializedBytes()]
        var frames = message.identities
        frames.reserveCapacity(frames.count + 6 + message.buffers.count)
        frames.append(WireCodec.delimiter)
        frames.append(Array(signer.signature(parts).utf8))
        frames += parts
        frames += message.buffers
        return frames
    }

    /// Parses and authenticates frames received from a socket.
    ///
    /// - Throws: ``WireError`` for a missing delimiter, too few frames, a bad signature,
    ///   invalid JSON in a part, or a header without `msg_type`/`msg_id`. The signature is
    ///   checked before any JSON is parsed.
    public func decode(_ frames: [[UInt8]]) throws -> Message {
        guard let d = frames.firstIndex(of: WireCodec.delimiter) else { throw WireError.missingDelimiter }
        guard frames.count >= d + 6 else { throw WireError.tooFewFrames(frames.count - d - 1) }
        let parts = Array(frames[(d + 2)..<(d + 6)])
        guard signer.verify(signature: frames[d + 1], parts: parts) else { throw WireError.badSignature }
        let names = ["header", "parent_header", "metadata", "content"]
        var json: [JSONValue] = []
        for (name, p) in zip(names, parts) {
            do {
                let v = try JSONValue(parsing: p)
                guard case .object = v else { throw WireError.notAnObject(name) }
                json.append(v)
            } catch let e as JSONParseError { throw WireError.invalidJSON(part: name, e.description) }
        }
        guard json[0]["msg_type"]?.stringValue != nil else { throw WireError.missingField("header.msg_type") }
        guard json[0]["msg_id"]?.stringValue != nil else { throw WireError.missingField("header.msg_id") }
        return Message(identities: Array(frames[..<d]), header: json[0], parentHeader: json[1],
                       metadata: json[2], content: json[3], buffers: Array(frames[(d + 6)...]))
    }
}

/// Why received frames are not an acceptable Jupyter message.
public enum WireError: Error, Equatable, CustomStringConvertible {
    case missingDelimiter
    case tooFewFrames(Int)
    case badSignature
    case invalidJSON(part: String, String)
    case notAnObject(String)
    case missingField(String)

    public var description: String {
        switch self {
        case .missingDelimiter: return "no <IDS|MSG> delimiter frame"
        case .tooFewFrames(let n): return "expected signature and 4 JSON frames after the delimiter, got \(n) frames"
        case .badSignature: return "signature does not match the connection key"
        case .invalidJSON(let part, let why): return "\(part): \(why)"
        case .notAnObject(let part): return "\(part) must be a JSON object"
        case .missingField(let f): return "missing \(f)"
        }
    }
}
