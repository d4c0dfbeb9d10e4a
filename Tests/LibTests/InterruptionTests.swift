import Testing
@testable import Lib

@Suite struct InterruptionTests {
    /// Uses its own flag: the shared one belongs to whatever kernel runs in this process.
    @Test func checkThrowsOnlyWhenRequested() throws {
        let flag = InterruptFlag()
        try flag.check()
        flag.request()
        #expect(flag.isRequested)
        #expect(throws: InterruptedError.self) { try flag.check() }
        flag.clear()
        #expect(!flag.isRequested)
        #expect(!InterruptFlag().isRequested)
    }
}
