@preconcurrency import Crypto

/// HMAC-SHA256 signing and constant-time verification of Jupyter messages.
///
/// The signature covers the serialized header, parent header, metadata and content,
/// in that order, and travels as lowercase hex. An empty key disables signing:
/// messages carry an empty signature and every signature is accepted.
public struct MessageSigner: Sendable {
    private let key: SymmetricKey?

    /// A signer for `key` (the connection file's `key`, as UTF-8 bytes).
    public init(key: [UInt8]) {
        self.key = key.isEmpty ? nil : SymmetricKey(data: key)
    }

    /// Whether messages are signed at all.
    public var isEnabled: Bool { key != nil }

    /// The hex signature of the four JSON parts; empty when signing is disabled.
    public func signature(_ parts: [[UInt8]]) -> String {
        guard let key else { return "" }
        return MessageSigner.hex(Array(MessageSigner.mac(parts, key)))
    }

    /// The HMAC of the parts, fed one after another (no concatenated copy).
    private static func mac(_ parts: [[UInt8]], _ key: SymmetricKey) -> HMAC<SHA256>.MAC {
        var mac = HMAC<SHA256>(key: key)
        for p in parts { mac.update(data: p) }
        return mac.finalize()
    }

    /// Checks `signature` (hex) against the parts in constant time with respect to its content.
    public func verify(signature: [UInt8], parts: [[UInt8]]) -> Bool {
        guard let key else { return true }
        guard signature.count == 64, let expected = MessageSigner.unhex(signature) else { return false }
        // MAC == bytes is swift-crypto's constant-time comparison.
        return MessageSigner.mac(parts, key) == expected
    }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }

    static func unhex(_ text: [UInt8]) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        func v(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: return c - 0x30
            case 0x61...0x66: return c - 0x61 + 10
            case 0x41...0x46: return c - 0x41 + 10
            default: return nil
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(text.count / 2)
        var i = 0
        while i < text.count {
            guard let hi = v(text[i]), let lo = v(text[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}
