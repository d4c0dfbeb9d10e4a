/// Lowered code for a storage location (`x`, `p.x`, `a[i]`, `d[k]!`): read it, or
/// modify it in place (keeping copy-on-write buffers unique).
struct LValue {
    /// Reads the current value.
    var get: Code
    /// Runs `body` on the stored value in place.
    var modify: (Frame, (inout Value) throws -> Void) throws -> Void
    /// Why the location cannot be assigned (`'x' is a 'let' constant`), if so.
    var immutableReason: String?
    /// A slot of the current frame, for the fastest assignment path.
    var directSlot: Int?
    /// A session global, for the fastest assignment path.
    var directBox: GlobalBox?
    /// The declared type, for coercing assigned values.
    var typeName: String?

    /// Stores a value.
    func set(_ f: Frame, _ v: Value) throws {
        if typeName == nil {
            try modify(f) { $0 = keepingTupleLabels(of: $0, v) }
            return
        }
        let coerced = coerce(v, to: typeName)
        try modify(f) { $0 = coerced }
    }
}
