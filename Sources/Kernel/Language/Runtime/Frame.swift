/// The storage of one activation: a function call, a closure call or a cell.
///
/// Slots are numbered by the resolver before the cell runs; lowered code reads and
/// writes them by index. `parent` is the lexically enclosing frame, for closures.
public final class Frame {
    @usableFromInline let slots: UnsafeMutablePointer<Value>
    @usableFromInline let count: Int
    /// The lexically enclosing activation.
    public let parent: Frame?
    /// The value set by `return`.
    public var returnValue: Value = .void

    public init(size: Int, parent: Frame?) {
        count = max(size, 1)
        slots = .allocate(capacity: count)
        slots.initialize(repeating: .void, count: count)
        self.parent = parent
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    /// The frame `depth` levels up the lexical chain (0 is this frame).
    @inline(__always) func up(_ depth: Int) -> Frame {
        var f = self
        for _ in 0..<depth { f = f.parent! }
        return f
    }
}

/// A global variable of the session; lowered code captures the box itself.
public final class GlobalBox {
    public var value: Value
    /// The declared type annotation, when there was one (used to coerce assignments).
    public var annotation: String?
    public var isLet: Bool
    public init(_ value: Value, isLet: Bool = false) { self.value = value; self.isLet = isLet }
}

/// How a statement ended.
public enum Control {
    case normal
    case breakLoop(Int)
    case continueLoop(Int)
    case returned
}

/// Lowered code: an expression computes a value from a frame.
public typealias Code = (Frame) throws -> Value
/// Lowered code: a statement runs in a frame and says how it ended.
public typealias StmtCode = (Frame) throws -> Control
