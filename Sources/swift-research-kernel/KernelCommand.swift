import ArgumentParser
import Foundation
import Kernel
import Protocol

/// The `swift-research-kernel` command: runs the kernel for a connection file, or installs its kernelspec.
@main
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift-research-kernel",
        abstract: "A Jupyter kernel for Swift cells with a research library preloaded.",
        subcommands: [Run.self, Install.self, Script.self],
        defaultSubcommand: Run.self)
}

/// `run`: serve the five channels of a connection file until shutdown.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the kernel (this is what Jupyter starts; see kernel.json).")

    @Option(name: [.customShort("f"), .customLong("connection-file")], help: "The connection file written by the front end.")
    var connectionFileOption: String?

    @Argument(help: "The connection file (alternative to -f).")
    var connectionFileArgument: String?

    @Option(help: "The history database (default: $SWIFT_RESEARCH_HISTORY or <jupyter data dir>/swift-research/history.sqlite).")
    var history: String?

    func run() throws {
        guard let path = connectionFileOption ?? connectionFileArgument else {
            throw ValidationError("missing connection file: swift-research-kernel run --connection-file FILE")
        }
        let info: ConnectionInfo
        do { info = try ConnectionInfo(contentsOf: path) } catch {
            KernelLog.info("error: \(error)")
            throw ExitCode(2)
        }
        KernelSignals.install()
        do {
            let server = try KernelServer(connection: info, interpreter: SwiftInterpreter(),
                                          historyPath: history ?? HistoryStore.defaultPath())
            try server.run()
        } catch {
            KernelLog.info("error: \(error)")
            throw ExitCode(1)
        }
        // Threads that did not stop in time must not hold the process open.
        Foundation.exit(0)
    }
}

/// `install`: write kernel.json and logos where Jupyter looks for kernels.
struct Install: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install the kernelspec so that `jupyter kernelspec list` shows this kernel.")

    @Flag(help: "Install for the current user (the default).") var user = false
    @Flag(help: "Install into the active Python environment ($VIRTUAL_ENV or $CONDA_PREFIX).") var sysPrefix = false
    @Option(help: "Install into DIR/share/jupyter/kernels.") var prefix: String?
    @Option(help: "The kernelspec name.") var name = KernelspecInstaller.defaultName
    @Option(help: "The name front ends show.") var displayName = KernelspecInstaller.defaultDisplayName
    @Option(help: "The folder holding kernel.json and the logos (default: found from the binary's location).")
    var kernelspecDir: String?

    func validate() throws {
        if [user, sysPrefix, prefix != nil].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --user, --sys-prefix and --prefix DIR")
        }
    }

    func run() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        let selfPath = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? executable
        guard let resources = kernelspecDir ?? KernelspecInstaller.locateResources(
            from: (selfPath as NSString).deletingLastPathComponent) else {
            throw ValidationError("cannot find the kernelspec/ folder above \(selfPath); pass --kernelspec-dir DIR")
        }
        let destination: KernelspecInstaller.Destination = sysPrefix ? .sysPrefix : prefix.map { .prefix($0) } ?? .user
        do {
            let dir = try KernelspecInstaller.install(name: name, displayName: displayName, destination: destination,
                                                      executable: selfPath, resources: resources)
            print("Installed kernelspec \(name) in \(dir)")
        } catch {
            throw ValidationError("\(error)")
        }
    }
}
