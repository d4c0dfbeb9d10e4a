import Lib
import Protocol

extension KernelCore {
    // MARK: - kernel_info, shutdown, interrupt, debug

    /// The implementation name in `kernel_info_reply`.
    static let implementation = "swift-research-kernel"
    /// This kernel's version.
    static let version = "0.1.0"

    /// `kernel_info_request`, on shell or control (front ends "nudge" on both).
    func kernelInfo(_ r: Request) {
        let li = languageInfo
        r.reply("kernel_info_reply", [
            "status": "ok",
            "protocol_version": .string(MessageHeader.protocolVersion),
            "implementation": .string(KernelCore.implementation),
            "implementation_version": .string(KernelCore.version),
            "language_info": ["name": .string(li.name), "version": .string(li.version), "mimetype": .string(li.mimetype),
                              "file_extension": .string(li.fileExtension), "pygments_lexer": .string(li.pygmentsLexer),
                              "codemirror_mode": .string(li.codemirrorMode)],
            "banner": .string(banner),
            "help_links": [["text": "Swift language guide", "url": "https://docs.swift.org/swift-book/"]],
            "debugger": false,
        ])
    }

    /// `shutdown_request`: replies (also on iopub, as ipykernel does), then asks every loop to end.
    /// The `restart` flag is echoed; the client restarts the process.
    func shutdown(_ r: Request) {
        let restart = r.content["restart"]?.boolValue ?? false
        markRestartRequested(restart)
        r.reply("shutdown_reply", ["status": "ok", "restart": .bool(restart)])
        iopub.publish("shutdown_reply", content: ["status": "ok", "restart": .bool(restart)], parent: r.message.header)
        interrupt.request()
        stop.set()
    }

    /// `interrupt_request`: stops the running cell at its next safe point.
    func interruptRequest(_ r: Request) {
        interrupt.request()
        r.reply("interrupt_reply", ["status": "ok"])
    }

    /// `debug_request`: a well-formed DAP response saying debugging is not supported.
    func debug(_ r: Request) {
        let c = r.content
        r.reply("debug_reply", [
            "type": "response", "seq": .int((c["seq"]?.intValue ?? 0) + 1),
            "request_seq": c["seq"] ?? .int(0), "success": false,
            "command": c["command"] ?? .string(""),
            "message": "debugging is not supported by this kernel (kernel_info reports debugger: false)",
            "body": [:],
        ])
    }
}
