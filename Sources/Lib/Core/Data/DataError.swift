/// Errors from reading data files and looking up datasets.
public enum DataError: Error, CustomStringConvertible, Sendable {
    /// The file is not a valid `.npy`/`.npz`.
    case malformed(file: String, reason: String)
    /// An array has a dtype the caller cannot use.
    case unsupportedDType(array: String, dtype: String, expected: String)
    /// An archive member or dataset field does not exist.
    case missingArray(name: String, file: String, available: [String])
    /// No dataset of that name.
    case unknownDataset(name: String, known: [String])
    /// The data directory was not found.
    case dataDirectoryNotFound(searched: [String])

    /// A readable message saying what was wrong and what would be right.
    public var description: String {
        switch self {
        case let .malformed(file, reason): return "\(file): not a valid NumPy file (\(reason))"
        case let .unsupportedDType(array, dtype, expected): return "array '\(array)' has dtype \(dtype); expected \(expected)"
        case let .missingArray(name, file, available):
            return "\(file) has no array '\(name)'; it has: \(available.joined(separator: ", "))"
        case let .unknownDataset(name, known):
            return "unknown dataset '\(name)'; known datasets: \(known.joined(separator: ", "))"
        case let .dataDirectoryNotFound(searched):
            return "could not find the data directory (a folder data/ containing cora.npz); set SWIFT_RESEARCH_DATA to it. Searched: \(searched.joined(separator: ", "))"
        }
    }
}
