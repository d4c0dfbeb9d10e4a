import Foundation
import Protocol
import Testing
@testable import Kernel

@Suite struct KernelspecInstallerTests {
    /// The repository's kernelspec/ folder, found from this file's path.
    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("kernelspec").path

    @Test func installsIntoAPrefix() throws {
        let prefix = NSTemporaryDirectory() + "prefix-\(UUID().uuidString)"
        let dir = try KernelspecInstaller.install(destination: .prefix(prefix), executable: "/opt/bin/k",
                                                  resources: Self.resources)
        #expect(dir == prefix + "/share/jupyter/kernels/swift-research")
        let spec = try JSONValue(parsing: Array(FileManager.default.contents(atPath: dir + "/kernel.json")!))
        #expect(spec["argv"] == ["/opt/bin/k", "run", "--connection-file", "{connection_file}"])
        #expect(spec["language"] == "swift")
        #expect(spec["interrupt_mode"] == "message")
        #expect(spec["display_name"] == "Swift (research)")
        for logo in ["logo-32x32.png", "logo-64x64.png"] {
            let png = try #require(FileManager.default.contents(atPath: dir + "/" + logo))
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        }
        let attrs = try FileManager.default.attributesOfItem(atPath: dir + "/kernel.json")
        #expect((attrs[.posixPermissions] as? Int) == 0o600)
    }

    @Test func destinations() throws {
        #expect(try KernelspecInstaller.kernelsDirectory(for: .user, environment: ["HOME": "/h"]) == "/h/.local/share/jupyter/kernels")
        #expect(try KernelspecInstaller.kernelsDirectory(for: .sysPrefix, environment: ["VIRTUAL_ENV": "/v"]) == "/v/share/jupyter/kernels")
        #expect(throws: KernelError.self) { try KernelspecInstaller.kernelsDirectory(for: .sysPrefix, environment: [:]) }
    }

    @Test func rejectsBadNamesAndMissingTemplates() {
        #expect(throws: KernelError.self) {
            try KernelspecInstaller.install(name: "a b", destination: .prefix("/tmp/x"), executable: "/k", resources: Self.resources)
        }
        #expect(throws: KernelError.self) {
            try KernelspecInstaller.install(destination: .prefix("/tmp/x"), executable: "/k", resources: "/nonexistent")
        }
    }

    @Test func locatesResourcesFromABuildFolder() {
        let build = (Self.resources as NSString).deletingLastPathComponent + "/.build/debug"
        #expect(KernelspecInstaller.locateResources(from: build) == Self.resources)
    }
}
