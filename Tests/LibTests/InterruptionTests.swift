import Testing
@testable import Lib

@Suite(.serialized) struct InterruptionTests {
    @Test func checkThrowsOnlyWhenRequested() throws {
        Interruption.clear()
        try Interruption.check()
        Interruption.request()
        #expect(Interruption.isRequested)
        #expect(throws: InterruptedError.self) { try Interruption.check() }
        Interruption.clear()
        #expect(!Interruption.isRequested)
    }
}
