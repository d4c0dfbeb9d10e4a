import Protocol

extension KernelCore {
    // MARK: - Comms

    /// `comm_info_request`: the open comms (none: no comm target is registered yet).
    func commInfo(_ r: Request) {
        r.reply("comm_info_reply", ["status": "ok", "comms": [:]])
    }

    /// `comm_open`: unknown targets are refused with `comm_close` on iopub, as the spec asks.
    /// A `comm_open` without a string `comm_id` names no comm to close: logged and dropped.
    func commOpen(_ r: Request) {
        guard let id = r.content["comm_id"]?.stringValue else {
            KernelLog.warning("comm_open without a string comm_id ignored")
            return
        }
        let target = r.content["target_name"]?.stringValue ?? ""
        if !commTargets.contains(target) {
            KernelLog.warning("comm_open for unknown target '\(target)' closed")
            iopub.publish("comm_close", content: ["comm_id": .string(id), "data": [:]], parent: r.message.header)
        }
    }

    /// `comm_msg` for a comm the kernel does not have: logged and dropped.
    func commMsg(_ r: Request) {
        KernelLog.warning("comm_msg for unknown comm \(r.content["comm_id"] ?? .null) ignored")
    }

    /// `comm_close` for a comm the kernel does not have: nothing to do.
    func commClose(_ r: Request) {
        KernelLog.debug("comm_close for \(r.content["comm_id"] ?? .null)")
    }
}
