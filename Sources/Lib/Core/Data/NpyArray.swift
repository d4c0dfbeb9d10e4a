import Foundation

/// One array read from a NumPy `.npy` file (format v1.0/v2.0, C order, little
/// endian): dtypes `<i8`, `<i4`, `<f4`, `<f8`, `|b1`, `|u1`; 0-d arrays are scalars.
public struct NpyArray {
    /// The array's name (archive member without `.npy`).
    public let name: String
    /// NumPy dtype string, e.g. `<i8`.
    public let dtype: String
    /// Dimensions (empty for a scalar).
    public let shape: [Int]
    /// Raw little-endian element bytes.
    public let data: Data

    /// Number of elements.
    public var count: Int { shape.reduce(1, *) }

    /// Parses a `.npy` byte buffer.
    /// - Throws: ``DataError/malformed(file:reason:)`` for anything it cannot read.
    public init(name: String, npy bytes: Data) throws {
        self.name = name
        let b = [UInt8](bytes.prefix(12))
        guard b.count >= 10, b[0] == 0x93, Array(b[1...5]) == Array("NUMPY".utf8) else {
            throw DataError.malformed(file: name, reason: "missing the \\x93NUMPY magic")
        }
        let major = b[6]
        let headerLength: Int, headerStart: Int
        if major == 1 {
            headerLength = Int(b[8]) | Int(b[9]) << 8
            headerStart = 10
        } else if major == 2 || major == 3, b.count >= 12 {
            headerLength = Int(b[8]) | Int(b[9]) << 8 | Int(b[10]) << 16 | Int(b[11]) << 24
            headerStart = 12
        } else {
            throw DataError.malformed(file: name, reason: "unsupported format version \(major)")
        }
        let start = bytes.startIndex
        guard bytes.count >= headerStart + headerLength,
              let header = String(data: bytes[(start + headerStart)..<(start + headerStart + headerLength)], encoding: .ascii)
        else { throw DataError.malformed(file: name, reason: "truncated header") }
        guard let descr = NpyArray.field("descr", in: header) else {
            throw DataError.malformed(file: name, reason: "no descr in header")
        }
        dtype = descr.trimmingCharacters(in: CharacterSet(charactersIn: "'\" "))
        if let fortran = NpyArray.field("fortran_order", in: header), fortran.contains("True") {
            throw DataError.malformed(file: name, reason: "Fortran-ordered arrays are not supported")
        }
        guard let shapeText = NpyArray.field("shape", in: header) else {
            throw DataError.malformed(file: name, reason: "no shape in header")
        }
        shape = shapeText.trimmingCharacters(in: CharacterSet(charactersIn: "() "))
            .split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let size = NpyArray.itemSize(dtype) else {
            throw DataError.unsupportedDType(array: name, dtype: dtype, expected: "<i8, <i4, <f4, <f8, |b1 or |u1")
        }
        let bodyStart = start + headerStart + headerLength
        let needed = shape.reduce(1, *) * size
        guard bytes.count - headerStart - headerLength >= needed else {
            throw DataError.malformed(file: name, reason: "expected \(needed) bytes of data for shape \(shape)")
        }
        data = bytes[bodyStart..<(bodyStart + needed)]
    }

    static func itemSize(_ dtype: String) -> Int? {
        switch dtype {
        case "<i8", "<f8": return 8
        case "<i4", "<f4": return 4
        case "|b1", "|u1", "<b1", "<u1", "|i1": return 1
        default: return nil
        }
    }

    /// The text of `key`'s value in a header dict such as `{'descr': '<f4', 'shape': (3,), }`.
    static func field(_ key: String, in header: String) -> String? {
        guard let r = header.range(of: "'\(key)':") else { return nil }
        var rest = header[r.upperBound...].drop(while: { $0 == " " })
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return nil }
            return String(rest[...close])
        }
        if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] } else if let brace = rest.firstIndex(of: "}") { rest = rest[..<brace] }
        return String(rest)
    }

    private func load<T>(_: T.Type) -> [T] {
        data.withUnsafeBytes { raw in
            [T](unsafeUninitializedCapacity: count) { buf, n in
                if count > 0 { memcpy(buf.baseAddress!, raw.baseAddress!, count * MemoryLayout<T>.stride) }
                n = count
            }
        }
    }

    // MARK: - Conversions

    /// The elements as Swift integers (integer, bool or whole-valued float arrays).
    /// - Throws: ``DataError/unsupportedDType(array:dtype:expected:)`` for other dtypes.
    public func ints() throws -> [Int] {
        switch dtype {
        case "<i8": return load(Int64.self).map { Int($0) }
        case "<i4": return load(Int32.self).map { Int($0) }
        case "|b1", "<b1", "|u1", "<u1": return load(UInt8.self).map { Int($0) }
        case "|i1": return load(Int8.self).map { Int($0) }
        default: throw DataError.unsupportedDType(array: name, dtype: dtype, expected: "an integer or bool array")
        }
    }

    /// The elements as booleans (non-zero is true).
    public func bools() throws -> [Bool] {
        switch dtype {
        case "<f4": return load(Float.self).map { $0 != 0 }
        case "<f8": return load(Double.self).map { $0 != 0 }
        default: return try ints().map { $0 != 0 }
        }
    }

    /// The elements as `Double`.
    public func doubles() -> [Double] {
        switch dtype {
        case "<f4": return load(Float.self).map(Double.init)
        case "<f8": return load(Double.self)
        default: return ((try? ints()) ?? []).map(Double.init)
        }
    }

    /// The elements as `Float`.
    public func floats() -> [Float] {
        switch dtype {
        case "<f4": return load(Float.self)
        case "<f8": return load(Double.self).map(Float.init)
        default: return ((try? ints()) ?? []).map(Float.init)
        }
    }

    /// The array as a tensor of the given element type (same shape).
    public func tensor(dtype: DType = .float32) -> Tensor {
        Tensor(shape: shape, storage: dtype == .float32 ? .f32(floats()) : .f64(doubles()))
    }

    /// The single value of a 0-d (or one-element) array.
    /// - Throws: ``DataError/malformed(file:reason:)`` when the array has several elements.
    public func scalar() throws -> Double {
        guard count == 1 else { throw DataError.malformed(file: name, reason: "expected a scalar, shape is \(shape)") }
        return doubles()[0]
    }
}
