import Foundation
import Lib

/// Reading and writing the safetensors format used by real checkpoints:
/// an 8-byte little-endian header length N, N bytes of JSON
/// (`{"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, "__metadata__": {..}}`),
/// then the raw little-endian tensor data. Writes F32/F64; reads F32, F64, F16 and BF16 (as float32).
public enum SafeTensors {
    /// The contents of a file: tensors in file order (by data offset) and the string metadata.
    public struct Contents {
        /// Name and tensor, in the order of their data.
        public var tensors: [(name: String, tensor: Tensor)]
        /// The `__metadata__` map.
        public var metadata: [String: String]

        /// The tensor called `name`.
        /// - Throws: ``AsymKVError`` listing the available names when it is missing.
        public func tensor(_ name: String) throws -> Tensor {
            guard let t = tensors.first(where: { $0.name == name })?.tensor else {
                throw AsymKVError.checkpoint("tensor \"\(name)\" is missing; the file has \(tensors.count) tensors: "
                    + tensors.prefix(12).map(\.name).joined(separator: ", ") + (tensors.count > 12 ? ", …" : ""))
            }
            return t
        }
    }

    /// Serialises `tensors` (names unique) and `metadata` to bytes.
    /// - Throws: ``AsymKVError`` for duplicate or empty names.
    public static func encode(_ tensors: [(String, Tensor)], metadata: [String: String] = [:]) throws -> Data {
        var seen = Set<String>()
        var entries: [String] = []
        var offset = 0
        for (name, t) in tensors {
            guard !name.isEmpty, name != "__metadata__", seen.insert(name).inserted else {
                throw AsymKVError.checkpoint("tensor name \"\(name)\" is empty, reserved or used twice")
            }
            let bytes = t.count * t.dtype.byteCount
            entries.append("\(jsonString(name)):{\"dtype\":\"\(t.dtype == .float32 ? "F32" : "F64")\",\"shape\":[\(t.shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + bytes)]}")
            offset += bytes
        }
        if !metadata.isEmpty {
            let items = metadata.keys.sorted().map { "\(jsonString($0)):\(jsonString(metadata[$0] ?? ""))" }
            entries.insert("\"__metadata__\":{\(items.joined(separator: ","))}", at: 0)
        }
        var header = Array("{\(entries.joined(separator: ","))}".utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var data = Data(capacity: 8 + header.count + offset)
        var n = UInt64(header.count).littleEndian
        withUnsafeBytes(of: &n) { data.append(contentsOf: $0) }
        data.append(contentsOf: header)
        for (_, t) in tensors {
            switch t.storage {
            case .f32(let a): a.withUnsafeBytes { data.append(contentsOf: $0) }   // x86/arm64 are little-endian
            case .f64(let a): a.withUnsafeBytes { data.append(contentsOf: $0) }
            }
        }
        return data
    }

    /// Writes `tensors` and `metadata` to `path`.
    public static func save(_ tensors: [(String, Tensor)], metadata: [String: String] = [:], to path: String) throws {
        let data = try encode(tensors, metadata: metadata)
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw AsymKVError.checkpoint("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Reads a safetensors file.
    /// - Throws: ``AsymKVError`` saying what is malformed (header length, JSON, dtype, offsets).
    public static func load(from path: String) throws -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AsymKVError.checkpoint("cannot read \(path): no such file or not readable")
        }
        return try decode(data, source: path)
    }

    /// Parses safetensors bytes (`source` names them in errors).
    public static func decode(_ data: Data, source: String = "data") throws -> Contents {
        let bytes = [UInt8](data)
        guard bytes.count >= 8 else { throw AsymKVError.checkpoint("\(source): \(bytes.count) bytes, shorter than the 8-byte header length") }
        var n: UInt64 = 0
        for i in (0..<8).reversed() { n = n << 8 | UInt64(bytes[i]) }
        guard n <= UInt64(bytes.count - 8) else {
            throw AsymKVError.checkpoint("\(source): header length \(n) exceeds the file size \(bytes.count) (not a safetensors file?)")
        }
        let headerEnd = 8 + Int(n)
        guard let json = try? JSONSerialization.jsonObject(with: Data(bytes[8..<headerEnd])) as? [String: Any] else {
            throw AsymKVError.checkpoint("\(source): the \(n)-byte header is not a JSON object")
        }
        var metadata: [String: String] = [:]
        if let m = json["__metadata__"] as? [String: Any] {
            for (k, v) in m { metadata[k] = v as? String ?? "\(v)" }
        }
        let payload = bytes.count - headerEnd
        var out: [(name: String, tensor: Tensor, begin: Int)] = []
        for name in json.keys.sorted() where name != "__metadata__" {
            guard let entry = json[name] as? [String: Any], let dtype = entry["dtype"] as? String,
                  let shape = (entry["shape"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }),
                  let offsets = (entry["data_offsets"] as? [Any])?.compactMap({ ($0 as? NSNumber)?.intValue }), offsets.count == 2
            else { throw AsymKVError.checkpoint("\(source): entry \"\(name)\" lacks dtype, shape or data_offsets") }
            let count = shape.reduce(1, *)
            let width: Int
            switch dtype {
            case "F32": width = 4
            case "F64": width = 8
            case "F16", "BF16": width = 2
            default: throw AsymKVError.checkpoint("\(source): tensor \"\(name)\" has dtype \(dtype); supported: F32, F64, F16, BF16")
            }
            let (b, e) = (offsets[0], offsets[1])
            guard b >= 0, e <= payload, e - b == count * width else {
                throw AsymKVError.checkpoint("\(source): tensor \"\(name)\" offsets [\(b), \(e)] do not hold \(count) \(dtype) values within \(payload) data bytes")
            }
            let start = headerEnd + b
            let t: Tensor
            switch dtype {
            case "F64":
                var a = [Double](repeating: 0, count: count)
                a.withUnsafeMutableBytes { $0.copyBytes(from: bytes[start..<(start + count * 8)]) }
                t = try Tensor(a, shape: shape)
            case "F32":
                var a = [Float](repeating: 0, count: count)
                a.withUnsafeMutableBytes { $0.copyBytes(from: bytes[start..<(start + count * 4)]) }
                t = try Tensor(a, shape: shape)
            default:
                var a = [Float](repeating: 0, count: count)
                for i in 0..<count {
                    let h = UInt16(bytes[start + 2 * i]) | UInt16(bytes[start + 2 * i + 1]) << 8
                    a[i] = dtype == "BF16" ? Float(bitPattern: UInt32(h) << 16) : halfToFloat(h)
                }
                t = try Tensor(a, shape: shape)
            }
            out.append((name, t, b))
        }
        out.sort { $0.begin < $1.begin || ($0.begin == $1.begin && $0.name < $1.name) }
        return Contents(tensors: out.map { ($0.name, $0.tensor) }, metadata: metadata)
    }

    static func halfToFloat(_ h: UInt16) -> Float {
        let sign = UInt32(h >> 15) << 31, exp = Int((h >> 10) & 0x1F), mant = UInt32(h & 0x3FF)
        if exp == 0 { return (sign != 0 ? -1 : 1) * Float(mant) * 0x1p-24 }
        if exp == 31 { return Float(bitPattern: sign | 0x7F80_0000 | (mant << 13)) }
        return Float(bitPattern: sign | UInt32(exp - 15 + 127) << 23 | (mant << 13))
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}
