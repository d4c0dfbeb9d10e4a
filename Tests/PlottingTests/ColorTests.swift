import Testing
@testable import Plotting

@Suite struct ColorTests {
    @Test func parsesAndPrintsHex() {
        #expect(Color(hex: "#1f77b4") == Color(r: 0x1f, g: 0x77, b: 0xb4))
        #expect(Color(hex: "fff") == Color(r: 255, g: 255, b: 255))
        #expect(Color(hex: "#11223344")?.a == 0x44)
        #expect(Color(hex: "#12345") == nil)
        #expect(Color(r: 1, g: 2, b: 255).hex == "#0102ff")
        #expect(Color(r: 1, g: 2, b: 3).withAlpha(0.5).hex == "#01020380")
    }
}
