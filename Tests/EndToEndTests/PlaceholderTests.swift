import Testing
@Suite struct EndToEndPlaceholder { @Test func nothing() {} }
