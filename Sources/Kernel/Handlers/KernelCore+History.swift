import Protocol

extension KernelCore {
    // MARK: - history_request

    /// `history_request` with `hist_access_type` `tail`, `range` or `search`.
    /// Entries are `[session, line, input]`, or `[session, line, [input, output]]` with `output: true`.
    func historyRequest(_ r: Request) {
        guard let history else {
            r.reply("history_reply", ["status": "ok", "history": []])
            return
        }
        let c = r.content
        let withOutput = c["output"]?.boolValue ?? false
        let kind = c["hist_access_type"]?.stringValue ?? "tail"
        do {
            let entries: [HistoryStore.Entry]
            switch kind {
            case "tail":
                entries = try history.tail(c["n"]?.intValue ?? 10)
            case "range":
                entries = try history.range(session: c["session"]?.intValue ?? 0, start: c["start"]?.intValue ?? 0,
                                            stop: c["stop"]?.intValue)
            case "search":
                entries = try history.search(pattern: c["pattern"]?.stringValue ?? "*", n: c["n"]?.intValue,
                                             unique: c["unique"]?.boolValue ?? false)
            default:
                r.reply("history_reply", ["status": "error", "ename": "ValueError",
                                          "evalue": .string("unknown hist_access_type '\(kind)'; expected tail, range or search"),
                                          "traceback": [], "history": []])
                return
            }
            let rows: [JSONValue] = entries.map { e in
                let input: JSONValue = .string(e.source)
                let item: JSONValue = withOutput ? [input, e.output.map { .string($0) } ?? .null] : input
                return [.int(e.session), .int(e.line), item]
            }
            r.reply("history_reply", ["status": "ok", "history": .array(rows)])
        } catch {
            KernelLog.warning("history: \(error)")
            r.reply("history_reply", ["status": "error", "ename": "HistoryError", "evalue": .string("\(error)"),
                                      "traceback": [], "history": []])
        }
    }
}
