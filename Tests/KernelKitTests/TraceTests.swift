import Foundation
import Testing
import KernelKit

// The exact JSON Lines a kernel writes (SPEC §4), each parsed back to prove it is valid JSON.
@Suite struct TraceTests {
    /// Parses one trace line with Foundation's JSON parser.
    func parse(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any], sourceLocation: sourceLocation)
    }

    @Test func stepWithMatrixVectorScalarsAndMinusInfinity() throws {
        let S: Matrix = [[1, -.infinity], [0.5, 2]]
        let v: Vector = [1, 2.5]
        let lines = KernelRuntime.capturingTrace {
            step("Scores", note: "She said \"hi\"\nthen left", ["S": S, "v": v, "d_k": 4.0, "n": 3, "list": [0.1, 1e-5]])
        }; let line = #line - 1
        #expect(lines == [
            #"{"kind":"step","title":"Scores","note":"She said \"hi\"\nthen left","line":\#(line),"tensors":["#
                + #"{"name":"S","shape":[2,2],"data":[1.0,"-inf",0.5,2.0]},"#
                + #"{"name":"v","shape":[2],"data":[1.0,2.5]},"#
                + #"{"name":"d_k","shape":[],"data":[4.0]},"#
                + #"{"name":"n","shape":[],"data":[3.0]},"#
                + #"{"name":"list","shape":[2],"data":[0.1,1e-05]}]}"#,
        ])
        let parsed = try parse(lines[0])
        #expect(parsed["note"] as? String == "She said \"hi\"\nthen left")
        #expect(parsed["line"] as? Int == line)
        let tensors = try #require(parsed["tensors"] as? [[String: Any]])
        #expect(tensors.map { $0["name"] as? String } == ["S", "v", "d_k", "n", "list"])
        let data = try #require(tensors[0]["data"] as? [Any])
        #expect(data[1] as? String == "-inf")
        #expect((data[2] as? NSNumber)?.doubleValue == 0.5)
    }

    @Test func stepWithoutTensorsAndNonFiniteNumbers() throws {
        let lines = KernelRuntime.capturingTrace {
            step("Start", line: 3)
            step("Odd", ["x": [Double.nan, .infinity, -0.0, 1e300, 123456789.125] as [Double]], line: 4)
        }
        #expect(lines == [
            #"{"kind":"step","title":"Start","note":"","line":3,"tensors":[]}"#,
            #"{"kind":"step","title":"Odd","note":"","line":4,"tensors":[{"name":"x","shape":[5],"data":["nan","inf",-0.0,1e+300,123456789.125]}]}"#,
        ])
        for line in lines { _ = try parse(line) }
    }

    @Test func numbersUseTheShortestRoundTripForm() throws {
        // Expected texts are Python's repr() of the same doubles, which is also shortest round-trip.
        let values: [Double] = [0.1 + 0.2, 1.0 / 3.0, 0.37754066879814546, Double.leastNonzeroMagnitude, -2.5e-8]
        let lines = KernelRuntime.capturingTrace { step("Numbers", ["x": values], line: 1) }
        let data = "0.30000000000000004,0.3333333333333333,0.37754066879814546,5e-324,-2.5e-08"
        #expect(lines == [#"{"kind":"step","title":"Numbers","note":"","line":1,"tensors":[{"name":"x","shape":[5],"data":[\#(data)]}]}"#])
        #expect(data.split(separator: ",").map { Double(String($0)) } == values)
        _ = try parse(lines[0])
    }

    @Test func askForMatrixVectorAndScalarEntries() throws {
        let lines = KernelRuntime.capturingTrace {
            ask("What is weights[0][2]?", tensor: "weights", at: (0, 2), line: 10)
            ask("What is p[1]?", tensor: "p", at: 1, line: 11)
            ask("What is ‖a‖₂?", tensor: "norm_a", line: 12)
        }
        #expect(lines == [
            #"{"kind":"ask","question":"What is weights[0][2]?","tensor":"weights","index":[0,2],"line":10}"#,
            #"{"kind":"ask","question":"What is p[1]?","tensor":"p","index":[1],"line":11}"#,
            #"{"kind":"ask","question":"What is ‖a‖₂?","tensor":"norm_a","index":[],"line":12}"#,
        ])
        let parsed = try lines.map { try parse($0) }
        #expect(parsed.map { ($0["index"] as? [Int]) ?? [-1] } == [[0, 2], [1], []])
        #expect(parsed[2]["question"] as? String == "What is ‖a‖₂?")
    }

    @Test func sayEscapesControlCharactersAndKeepsUnicode() throws {
        let text = "tab\there \\ back\u{01}slash, √d_k é 🙂"
        let lines = KernelRuntime.capturingTrace { say(text) }; let line = #line
        #expect(lines == [#"{"kind":"say","text":"tab\there \\ back\u0001slash, √d_k é 🙂","line":\#(line)}"#])
        #expect(try parse(lines[0])["text"] as? String == text)
    }

    @Test func eventsComeOutInCallOrder() {
        let lines = KernelRuntime.capturingTrace {
            say("one")
            ask("two?", tensor: "t")
            step("three", ["t": 2.0])
        }
        let kinds = lines.map { (try? parse($0))?["kind"] as? String }
        #expect(kinds == ["say", "ask", "step"])
    }
}
