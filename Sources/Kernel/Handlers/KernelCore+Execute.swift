import Lib
import Protocol

extension KernelCore {
    // MARK: - execute_request

    /// Runs a cell: `execute_input`, output, `execute_result` or `error`, then `execute_reply`.
    func execute(_ r: Request) {
        guard let code = r.content["code"]?.stringValue else {
            r.reply("execute_reply", ["status": "error", "execution_count": .int(executionCount),
                                      "ename": "BadRequest", "evalue": "execute_request without a string 'code'",
                                      "traceback": []])
            return
        }
        let silent = r.content["silent"]?.boolValue ?? false
        let storeHistory = silent ? false : (r.content["store_history"]?.boolValue ?? true)
        let allowStdin = r.content["allow_stdin"]?.boolValue ?? true
        let stopOnError = r.content["stop_on_error"]?.boolValue ?? true
        if storeHistory { executionCount += 1 }
        let count = executionCount
        let started = MessageHeader.timestamp()
        let streamMark = iopub.streamCount

        if !silent {
            iopub.publish("execute_input", content: ["code": .string(code), "execution_count": .int(count)],
                          parent: r.message.header)
        }
        let sink = ExecutionSink(request: r.message, iopub: iopub, stdin: stdin, allowStdin: allowStdin, stop: stop,
                                 interrupt: interrupt)
        interrupt.clear()
        let outcome = interpreter.execute(
            ExecuteRequest(code: code, silent: silent, storeHistory: storeHistory, allowStdin: allowStdin,
                           executionCount: count),
            output: sink)
        interrupt.clear()

        var resultText: String?
        var reply: JSONValue
        switch outcome {
        case .ok(let bundle):
            if let bundle, !silent {
                resultText = bundle.plainText
                iopub.publish("execute_result", content: ["execution_count": .int(count), "data": .object(bundle.data),
                                                          "metadata": .object(bundle.metadata)],
                              parent: r.message.header)
            }
            reply = ["status": "ok", "execution_count": .int(count),
                     "user_expressions": userExpressions(r.content["user_expressions"]), "payload": []]
        case .error(let e):
            let error: JSONValue = ["ename": .string(e.name), "evalue": .string(e.value),
                                    "traceback": .array(e.traceback.map { .string($0) })]
            iopub.publish("error", content: error, parent: r.message.header)
            reply = ["status": "error", "execution_count": .int(count), "ename": .string(e.name),
                     "evalue": .string(e.value), "traceback": error["traceback"]!,
                     "user_expressions": [:], "payload": []]
        }
        // Stream output reaches the socket before the reply; other output is already queued in order.
        iopub.flush(onlyAfterStreamsSince: streamMark)
        // Take what is queued *before* replying: a request the client sends after seeing
        // this reply must run. They are answered after this request's idle, in order.
        if case .error = outcome, stopOnError {
            // Requests a client sent together with this one (a notebook's "run all") may
            // still be in transit: collect until none arrives for a few milliseconds.
            var queued: [Message] = []
            while let m = r.channel.receive(timeoutMs: KernelCore.abortGraceMs) { queued.append(m) }
            if !queued.isEmpty { afterIdle.append { [self] in abort(queued, on: r.channel) } }
        }
        r.reply("execute_reply", reply,
                metadata: ["started": .string(started), "dependencies_met": true, "status": reply["status"]!])
        // Recorded after the idle status, off the path the client waits on.
        if storeHistory, let history {
            afterIdle.append {
                do { try history.record(line: count, source: code, output: resultText) } catch {
                    KernelLog.warning("history: could not record line \(count): \(error)")
                }
            }
        }
    }

    /// Evaluates `user_expressions` into `{name: {status, data, metadata} | {status, ename, …}}`.
    private func userExpressions(_ expressions: JSONValue?) -> JSONValue {
        guard let object = expressions?.objectValue else { return [:] }
        var out = JSONObject()
        for (name, value) in object {
            guard let source = value.stringValue else {
                out[name] = ["status": "error", "ename": "TypeError", "evalue": "user expression must be a string", "traceback": []]
                continue
            }
            switch interpreter.evaluate(userExpression: source) {
            case .success(let b):
                out[name] = ["status": "ok", "data": .object(b.data), "metadata": .object(b.metadata)]
            case .failure(let e):
                out[name] = ["status": "error", "ename": .string(e.name), "evalue": .string(e.value),
                             "traceback": .array(e.traceback.map { .string($0) })]
            }
        }
        return .object(out)
    }

    /// After a failed cell with `stop_on_error` (and its idle status), answers the execute
    /// requests that were queued on shell when it failed with `status: aborted` instead of
    /// running them; other queued requests are handled normally, in order. Shell thread only.
    private func abort(_ queued: [Message], on channel: RouterChannel) {
        for m in queued { dispatch(m, on: channel, table: KernelCore.abortingHandlers) }
    }

    /// The shell table while aborting: execute requests are answered `aborted`, the rest as usual.
    static let abortingHandlers = shellHandlers.merging(["execute_request": { core, r in
        r.reply("execute_reply", ["status": "aborted", "execution_count": .int(core.executionCount)],
                metadata: ["status": "aborted"])
    }]) { $1 }
}
