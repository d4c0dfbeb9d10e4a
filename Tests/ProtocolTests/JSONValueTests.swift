import Testing
@testable import Protocol

@Suite struct JSONValueTests {
    @Test func roundTripsExactly() throws {
        let texts = [
            #"{"b":1,"a":[1.0,-0,2e10,1E-7,12345678901234567890],"c":{"z":null,"y":true,"x":false}}"#,
            #"["a\"b\\c\n\t\u0001","é😀",""]"#,
            "[]", "{}", "0", "\"\"",
        ]
        for t in texts {
            #expect(try JSONValue(parsing: t).serialized() == t)
        }
    }

    @Test func decodesEscapesAndSurrogates() throws {
        let v = try JSONValue(parsing: #""\u00e9\ud83d\ude00\/\ud800x""#)
        #expect(v.stringValue == "é😀/\u{FFFD}x")
    }

    @Test func keepsKeyOrderAndReplacesDuplicates() throws {
        let v = try JSONValue(parsing: #"{"z":1,"a":2,"z":3}"#)
        #expect(v.objectValue?.keys == ["z", "a"])
        #expect(v["z"]?.intValue == 3)
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"\u{1}\"", "[1] 2", "\"\\x\""])
    func rejectsInvalid(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: text) }
    }

    @Test func reportsOffset() {
        do {
            _ = try JSONValue(parsing: "[1, 2, x]")
            Issue.record("expected an error")
        } catch let e as JSONParseError {
            #expect(e.offset == 7)
        } catch { Issue.record("\(error)") }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(throws: JSONParseError.self) { try JSONValue(parsing: deep) }
    }

    @Test func objectIndexBeyondSixteenKeys() {
        var o = JSONObject()
        for i in 0..<40 { o["k\(i)"] = .int(i) }
        o["k3"] = nil
        #expect(o.count == 39)
        #expect(o["k39"]?.intValue == 39)
        #expect(o["k3"] == nil)
        #expect(o.keys.first == "k0")
    }
}
