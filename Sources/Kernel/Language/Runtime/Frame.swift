/// The storage of one activation: a function call, a closure call or a cell.
///
/// Slots are numbered by the resolver before the cell runs; lowered code reads and
/// writes them by index. `parent` is the lexically enclosing frame, for closures.
/// The slots are allocated in the same block as the frame (one allocation per call, or
/// none when the function reuses the frames of finished calls: see ``Function/withCallFrame(_:)``).
public final class Frame: ManagedBuffer<Frame.Header, Value> {
    /// What a frame holds besides its slots.
    public struct Header {
        /// The lexically enclosing activation.
        public let parent: Frame?
        /// The value set by `return`.
        public var returnValue: Value = .void
        let count: Int
        /// The next free frame while this one waits in a function's pool.
        var next: Frame?
    }

    /// A frame with `size` slots, all `()`.
    @inline(__always) static func make(size: Int, parent: Frame?) -> Frame {
        let n = max(size, 1)
        let b = Frame.create(minimumCapacity: n) { _ in Header(parent: parent, count: n) }
        let f = unsafeDowncast(b, to: Frame.self)
        f.slots.initialize(repeating: .void, count: n)
        return f
    }

    deinit {
        withUnsafeMutablePointers { h, e in _ = e.deinitialize(count: h.pointee.count) }
    }

    /// The slots.
    @inline(__always) var slots: UnsafeMutablePointer<Value> {
        withUnsafeMutablePointerToElements { $0 }
    }

    /// The lexically enclosing activation.
    @inline(__always) public var parent: Frame? { header.parent }

    /// The value set by `return`.
    @inline(__always) public var returnValue: Value {
        get { header.returnValue }
        set { header.returnValue = newValue }
    }

    /// The next free frame while this one is pooled (see ``Function/acquireFrame()``).
    @inline(__always) var next: Frame? {
        get { withUnsafeMutablePointerToHeader { $0.pointee.next } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.next = newValue } }
    }

    /// Makes a finished frame ready for reuse: every slot back to `()`, no return value.
    @inline(__always) func reset() {
        withUnsafeMutablePointers { h, e in
            h.pointee.returnValue = .void
            for i in 0..<h.pointee.count {
                // Scalars own nothing: overwrite them without the generic destroy.
                switch e[i] {
                case .void, .int, .double, .float, .bool, .none: (e + i).initialize(to: .void)
                default: e[i] = .void
                }
            }
        }
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
    @exclusivity(unchecked) public var value: Value
    /// The declared type annotation, when there was one (used to coerce assignments).
    public var annotation: String?
    public var isLet: Bool
    public init(_ value: Value, isLet: Bool = false) { self.value = value; self.isLet = isLet }

    /// Whether the box holds exactly this function (compared by identity, without retaining).
    @inline(__always) func holds(_ fn: Unmanaged<Function>) -> Bool {
        if case .function(let g) = value { return Unmanaged.passUnretained(g).toOpaque() == fn.toOpaque() }
        return false
    }
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

/// Lowered code kept in an array. A struct field holds the closure at its natural
/// abstraction, so calls through it need no reabstraction thunk (a bare `[Code]` would).
struct CodeRef {
    let run: Code
}

/// A lowered statement kept in an array (see ``CodeRef``).
struct StmtRef {
    let run: StmtCode
}
