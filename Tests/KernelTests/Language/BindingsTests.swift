import Testing
import Protocol
@testable import Kernel

extension LanguageTests {
    @Suite struct BindingsTests {
        /// A library type registered the way Lib bindings will be.
        final class Counter {
            var value = 0
            func add(_ n: Int) { value += n }
        }

        func registry() -> Bindings {
            let b = Bindings.standard()
            b.type(Counter.self, name: "Counter", doc: "Counts things.")
            b.initializer("init(start: Int = 0)", on: "Counter", doc: "A counter starting at start.") { a in
                let c = Counter(); c.value = try a.int(0); return a.wrap(c)
            }
            b.method("add(_ n: Int, times: Int = 1)", on: Counter.self, doc: "Adds n, times times.") { c, a in
                for _ in 0..<(try a.int(1)) { c.add(try a.int(0)) }
                return .void
            }
            b.property("value: Int", on: Counter.self, doc: "The count.") { c in .int(c.value) }
            b.function("double(_ x: Int) -> Int", doc: "Twice x.") { a in .int(try a.int(0) * 2) }
            b.display(Counter.self) { c in
                var m = MimeBundle(plainText: "Counter(\(c.value))")
                m.set("text/html", .string("<b>\(c.value)</b>"))
                return m
            }
            return b
        }

        @Test func oneLineRegistrationsAreCallableWithLabelsAndDefaults() {
            let i = SwiftInterpreter(bindings: registry())
            let (_, o) = runCells("let c = Counter(start: 2)\nc.add(3)\nc.add(1, times: 4)\nc.value + double(5)", interpreter: i)
            #expect(o[0].text == "19")
            #expect(run1("Counter().add(times: 2)", i).outcome.error?.name == "ArgumentError")
        }

        @Test func registryFeedsCompletionInspectionAndDisplay() throws {
            let i = SwiftInterpreter(bindings: registry())
            _ = run1("let c = Counter()", i)
            #expect(i.complete("c.ad", cursor: 4).matches == ["add"])
            #expect(i.complete("Coun", cursor: 4).matches == ["Counter"])
            let doc = try #require(i.inspect("double", cursor: 2, detailLevel: 0)?.plainText)
            #expect(doc.contains("double(_ x: Int) -> Int") && doc.contains("Twice x."))
            guard case .ok(let b?) = run1("c", i).outcome else { Issue.record("no value"); return }
            #expect(b.data["text/html"]?.stringValue == "<b>0</b>")
            #expect(b.plainText == "Counter(0)")
        }

        @Test func signatureParserReadsLabelsDefaultsAndVariadics() {
            let p = SignatureParser.parse("f(_ a: Int, by step: Double = 0.5, names: String..., flag: Bool = true) -> [Int]", isProperty: false)
            #expect(p.name == "f")
            #expect(p.parameters.map(\.label) == [nil, "by", "names", "flag"])
            #expect(p.parameters.map(\.name) == ["a", "step", "names", "flag"])
            #expect(p.parameters[1].defaultValue == .double(0.5))
            #expect(p.parameters[2].isVariadic)
            #expect(p.result == "[Int]")
        }

        @Test func signatureParserReadsFunctionTypedParameters() {
            // The `>` of a function type's arrow closes no bracket.
            let p = SignatureParser.parse("removeAll(where shouldBeRemoved: (Element) -> Bool, limit: Int = 2) -> [Int]", isProperty: false)
            #expect(p.name == "removeAll")
            #expect(p.parameters.map(\.label) == ["where", "limit"])
            #expect(p.parameters[0].typeName == "(Element) -> Bool")
            #expect(p.parameters[1].defaultValue == .int(2))
            #expect(p.result == "[Int]")
        }
    }
}
