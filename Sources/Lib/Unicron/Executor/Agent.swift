import Foundation
import ZeroMQ
#if canImport(Glibc)
import Glibc
#endif

/// The per-node agent process: connects to the coordinator over ZeroMQ, heartbeats, computes the
/// micro-batch gradients it is given on its replica of the model, applies averaged gradients, and serves
/// its state to peers. It exits by itself on "stop", when its parent dies, or after hearing nothing from
/// the coordinator for `agentIdleExitSeconds`.
public enum Agent {
    /// Runs an agent; `arguments` are `--endpoint E --node N --incarnation I --config JSON`. Returns the exit code.
    public static func main(arguments: [String]) -> Int32 {
        func value(_ flag: String) -> String? {
            guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
            return arguments[i + 1]
        }
        guard let endpoint = value("--endpoint"), let node = value("--node").flatMap(Int.init),
              let inc = value("--incarnation").flatMap(Int.init), let cfgText = value("--config"),
              let config = try? JSONDecoder().decode(ExecutorConfig.self, from: Data(cfgText.utf8)) else {
            FileHandle.standardError.write(Data("usage: unicron-agent --endpoint tcp://127.0.0.1:PORT --node N --incarnation I --config JSON\n".utf8))
            return 2
        }
        do {
            try run(endpoint: endpoint, node: node, incarnation: inc, config: config)
            return 0
        } catch {
            FileHandle.standardError.write(Data("unicron-agent node \(node): \(error)\n".utf8))
            return 1
        }
    }

    static func run(endpoint: String, node: Int, incarnation: Int, config: ExecutorConfig) throws {
        let parent = getppid()
        let ctx = try ZMQContext()
        let sock = try ZMQSocket(ctx, .dealer)
        try sock.setOption(5 /* ZMQ_IDENTITY */, bytes: Array("n\(node)-\(incarnation)".utf8))
        try sock.connect(endpoint)
        defer { sock.close() }
        let job = try DataParallelJob(config)
        var step = 0
        var throwsLeft = 0
        var hello = WireMessage("hello"); hello.node = node; hello.incarnation = incarnation
        try sock.send(try hello.frames())
        var lastHeard = Date(), lastBeat = Date.distantPast
        func send(_ m: WireMessage, _ payload: [Float] = []) throws {
            var m = m; m.node = node; m.incarnation = incarnation
            try sock.send(try m.frames(payload: payload))
        }
        while true {
            if getppid() != parent { return }
            if Date().timeIntervalSince(lastHeard) > config.agentIdleExitSeconds { return }
            if Date().timeIntervalSince(lastBeat) >= config.heartbeatInterval {
                try send(WireMessage("hb")); lastBeat = Date()
            }
            guard try sock.waitReadable(timeoutMs: Int(config.heartbeatInterval * 1000)),
                  let frames = try sock.receive(dontWait: true) else { continue }
            lastHeard = Date()
            let (msg, payload) = try WireMessage.decode(frames)
            switch msg.type {
            case "stop":
                return
            case "load":
                try job.setParameters(payload); step = msg.step
                var r = WireMessage("loaded"); r.step = step
                try send(r)
            case "getstate":
                var r = WireMessage("state"); r.step = step; r.target = msg.target
                try send(r, job.parameters())
            case "apply":
                guard msg.step == step else { continue }
                try job.setParameters(DataParallelJob.sgd(job.parameters(), payload, lr: config.learningRate))
                step += 1
            case "work":
                if msg.inject == "throw", throwsLeft == 0 { throwsLeft = msg.injectTimes }
                if msg.inject == "silence" {
                    // A lost connection: no heartbeats, no answers, until the coordinator fences this process.
                    let until = Date().addingTimeInterval(config.agentIdleExitSeconds)
                    while Date() < until && getppid() == parent { usleep(50_000) }
                    return
                }
                for mb in msg.microBatches {
                    do {
                        if throwsLeft > 0 {
                            throwsLeft -= 1
                            throw UnicronError("injected fault: connection reset by peer during all-reduce")
                        }
                        let (g, loss) = try job.gradient(microBatch: mb)
                        var r = WireMessage("grad"); r.step = msg.step; r.microBatch = mb; r.loss = loss
                        try send(r, g)
                    } catch {
                        var r = WireMessage("error"); r.step = msg.step; r.microBatches = [mb]; r.text = "\(error)"
                        try send(r)
                        break
                    }
                }
            default:
                continue
            }
        }
    }
}
