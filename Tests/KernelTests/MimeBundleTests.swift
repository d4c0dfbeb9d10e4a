import Testing
import Protocol
@testable import Kernel

@Suite struct MimeBundleTests {
    @Test func keepsInsertionOrder() {
        var b = MimeBundle(plainText: "x")
        b.set("text/html", "<b>x</b>")
        b.set("image/png", "AAAA", metadata: ["width": 10])
        #expect(b.data.keys == ["text/plain", "text/html", "image/png"])
        #expect(b.plainText == "x")
        #expect(JSONValue.object(b.metadata).serialized() == #"{"image/png":{"width":10}}"#)
    }
}
