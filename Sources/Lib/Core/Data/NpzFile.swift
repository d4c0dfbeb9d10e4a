import Foundation
import ZIPFoundation

/// A NumPy `.npz` archive (from `np.savez` or `np.savez_compressed`), read
/// completely into memory through ZIPFoundation.
///
/// ```swift
/// let npz = try NpzFile(path: "data/cora.npz")
/// npz.names                       // ["edge_index", "geom_gcn_test_mask", …]
/// let y = try npz["y"].ints()
/// ```
public struct NpzFile {
    /// The file's path.
    public let path: String
    /// Member names (without `.npy`), sorted.
    public let names: [String]
    private let arrays: [String: NpyArray]

    /// Reads every member of the archive.
    /// - Throws: ``DataError`` for a missing or malformed file.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataError.malformed(file: path, reason: "file does not exist")
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw DataError.malformed(file: path, reason: "not a zip archive (\(error))")
        }
        var arrays: [String: NpyArray] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            bytes.reserveCapacity(entry.uncompressedSize > 0 ? Int(entry.uncompressedSize) : 0)
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(chunk) }
            } catch {
                throw DataError.malformed(file: path, reason: "cannot extract \(entry.path): \(error)")
            }
            let name = entry.path.hasSuffix(".npy") ? String(entry.path.dropLast(4)) : entry.path
            arrays[name] = try NpyArray(name: name, npy: bytes)
        }
        self.arrays = arrays
        self.names = arrays.keys.sorted()
    }

    /// Whether the archive has a member `name`.
    public func contains(_ name: String) -> Bool { arrays[name] != nil }

    /// The member `name`.
    /// - Throws: ``DataError/missingArray(name:file:available:)`` listing the members.
    public subscript(name: String) -> NpyArray {
        get throws {
            guard let a = arrays[name] else {
                throw DataError.missingArray(name: name, file: (path as NSString).lastPathComponent, available: names)
            }
            return a
        }
    }
}
