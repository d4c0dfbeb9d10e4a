import Testing
@testable import Protocol

/// HMAC-SHA256 test cases 1–4, 6 and 7 of RFC 4231.
@Suite struct MessageSignerTests {
    static let vectors: [(key: [UInt8], data: [UInt8], mac: String)] = [
        (Array(repeating: 0x0b, count: 20), Array("Hi There".utf8),
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (Array(repeating: 0xaa, count: 20), Array(repeating: 0xdd, count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (Array(1...25), Array(repeating: 0xcd, count: 50),
         "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        (Array(repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (Array(repeating: 0xaa, count: 131),
         Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ]

    @Test(arguments: 0..<6) func rfc4231(_ i: Int) {
        let v = Self.vectors[i]
        let signer = MessageSigner(key: v.key)
        #expect(signer.signature([v.data]) == v.mac)
        // Splitting the data across parts must not change the MAC (Jupyter signs four parts).
        let half = v.data.count / 2
        #expect(signer.signature([Array(v.data[..<half]), Array(v.data[half...])]) == v.mac)
        #expect(signer.verify(signature: Array(v.mac.utf8), parts: [v.data]))
        #expect(signer.verify(signature: Array(v.mac.uppercased().utf8), parts: [v.data]))
    }

    @Test func rejectsWrongOrMalformedSignatures() {
        let signer = MessageSigner(key: Array("secret".utf8))
        let parts = [Array("{}".utf8)]
        var good = Array(signer.signature(parts).utf8)
        #expect(signer.verify(signature: good, parts: parts))
        good[10] = good[10] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
        #expect(!signer.verify(signature: good, parts: parts))
        #expect(!signer.verify(signature: [], parts: parts))
        #expect(!signer.verify(signature: Array(repeating: UInt8(ascii: "z"), count: 64), parts: parts))
        #expect(!signer.verify(signature: Array(signer.signature(parts).utf8.dropLast()), parts: parts))
    }

    @Test func emptyKeyDisablesSigning() {
        let signer = MessageSigner(key: [])
        #expect(!signer.isEnabled)
        #expect(signer.signature([Array("x".utf8)]) == "")
        #expect(signer.verify(signature: Array("anything".utf8), parts: []))
    }
}
