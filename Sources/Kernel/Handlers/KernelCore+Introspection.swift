import Protocol

extension KernelCore {
    // MARK: - is_complete, complete, inspect

    /// `is_complete_request` → `complete`, `incomplete` (with indent), `invalid` or `unknown`.
    func isComplete(_ r: Request) {
        let code = r.content["code"]?.stringValue ?? ""
        switch interpreter.isComplete(code) {
        case .complete: r.reply("is_complete_reply", ["status": "complete"])
        case .incomplete(let indent): r.reply("is_complete_reply", ["status": "incomplete", "indent": .string(indent)])
        case .invalid: r.reply("is_complete_reply", ["status": "invalid"])
        case .unknown: r.reply("is_complete_reply", ["status": "unknown"])
        }
    }

    /// `complete_request`; `cursor_pos` counts Unicode scalars and is clamped to the code.
    func complete(_ r: Request) {
        let code = r.content["code"]?.stringValue ?? ""
        let cursor = clampCursor(r.content["cursor_pos"], in: code)
        let result = interpreter.complete(code, cursor: cursor)
        let types: [JSONValue] = result.types.map { t in
            ["start": .int(result.cursorStart), "end": .int(result.cursorEnd), "text": .string(t.text),
             "type": .string(t.type), "signature": .string(t.signature)]
        }
        r.reply("complete_reply", ["status": "ok", "matches": .array(result.matches.map { .string($0) }),
                                   "cursor_start": .int(result.cursorStart), "cursor_end": .int(result.cursorEnd),
                                   "metadata": ["_jupyter_types_experimental": .array(types)]])
    }

    /// `inspect_request`: documentation and current value of the name at the cursor.
    func inspect(_ r: Request) {
        let code = r.content["code"]?.stringValue ?? ""
        let cursor = clampCursor(r.content["cursor_pos"], in: code)
        let level = r.content["detail_level"]?.intValue ?? 0
        if let bundle = interpreter.inspect(code, cursor: cursor, detailLevel: level) {
            r.reply("inspect_reply", ["status": "ok", "found": true, "data": .object(bundle.data),
                                      "metadata": .object(bundle.metadata)])
        } else {
            r.reply("inspect_reply", ["status": "ok", "found": false, "data": [:], "metadata": [:]])
        }
    }

    /// A cursor position in Unicode scalars, defaulting to the end and clamped to `0...count`.
    func clampCursor(_ value: JSONValue?, in code: String) -> Int {
        let count = code.unicodeScalars.count
        guard let c = value?.intValue else { return count }
        return min(max(0, c), count)
    }
}
