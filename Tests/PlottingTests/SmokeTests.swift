import Foundation
import Testing
@testable import Plotting

@Suite struct SmokeTests {
    @Test func writesGallery() throws {
        let dir = "/tmp/plot-out"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, make) in Gallery.all {
            let fig = try make()
            try fig.save("\(dir)/\(name).png")
            try fig.save("\(dir)/\(name).svg")
        }
    }
}
