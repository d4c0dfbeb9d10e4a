import Testing
@testable import ZeroMQ

@Suite struct ZMQSocketTests {
    @Test func multipartRoundTripOverTCP() throws {
        let ctx = try ZMQContext()
        let router = try ZMQSocket(ctx, .router)
        try router.bind("tcp://127.0.0.1:*")
        let endpoint = try #require(router.lastEndpoint)
        #expect(endpoint.hasPrefix("tcp://127.0.0.1:") && !endpoint.hasSuffix(":*"))
        let dealer = try ZMQSocket(ctx, .dealer)
        try dealer.setOption(5, bytes: Array("me".utf8))
        try dealer.connect(endpoint)
        try dealer.send([Array("a".utf8), [], [0, 255], Array(repeating: 7, count: 100_000)])
        #expect(try router.waitReadable(timeoutMs: 2000))
        let got = try #require(try router.receive())
        #expect(got.count == 5)
        #expect(got[0] == Array("me".utf8))
        #expect(got[2] == [] && got[3] == [0, 255] && got[4].count == 100_000)
        try router.send([got[0], Array("reply".utf8)])
        #expect(try dealer.receive() == [Array("reply".utf8)])
    }

    @Test func nonBlockingReceiveAndPollTimeout() throws {
        let ctx = try ZMQContext()
        let pull = try ZMQSocket(ctx, .pull)
        try pull.bind("inproc://nb")
        #expect(try pull.receive(dontWait: true) == nil)
        #expect(try ZMQPoller.poll([pull], timeoutMs: 10) == [false])
        let push = try ZMQSocket(ctx, .push)
        try push.connect("inproc://nb")
        try push.send([[1]])
        #expect(try ZMQPoller.poll([pull], timeoutMs: 1000) == [true])
        #expect(try pull.receive(dontWait: true) == [[1]])
    }

    @Test func closedSocketsAndBadEndpointsThrow() throws {
        let ctx = try ZMQContext()
        let s = try ZMQSocket(ctx, .pub)
        #expect(throws: ZMQError.self) { try s.bind("nonsense://x") }
        s.close()
        s.close()
        #expect(throws: ZMQError.self) { try s.send([[1]]) }
        do { try s.bind("inproc://x") } catch let e as ZMQError { #expect(e.description.contains("closed")) }
    }

    @Test func bindingTheSamePortTwiceFails() throws {
        let ctx = try ZMQContext()
        let a = try ZMQSocket(ctx, .router)
        try a.bind("tcp://127.0.0.1:*")
        let b = try ZMQSocket(ctx, .router)
        #expect(throws: ZMQError.self) { try b.bind(a.lastEndpoint!) }
    }
}
