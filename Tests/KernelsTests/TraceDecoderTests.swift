import Testing
import Kernels

@Suite("Trace decoder")
struct TraceDecoderTests {
    @Test("a step, an ask and a say, in order")
    func goodLines() throws {
        let text = """
        {"kind":"step","title":"Inputs","note":"Two tensors.","line":47,"tensors":[{"name":"Q","shape":[2,2],"data":[1.0,2.0,3.0,4.0]},{"name":"d_k","shape":[],"data":[4.0]}]}
        {"kind":"ask","question":"What is weights[0][1]?","tensor":"weights","index":[0,1],"line":52}
        {"kind":"say","text":"Rows sum to 1.","line":55}

        """
        let events = TraceDecoder.decode(text)
        #expect(events.count == 3)
        guard case .step(let step) = events[0] else { Issue.record("expected a step, got \(events[0])"); return }
        #expect(step.title == "Inputs")
        #expect(step.note == "Two tensors.")
        #expect(step.line == 47)
        #expect(step.tensors.map(\.name) == ["Q", "d_k"])
        let q = try #require(step.tensor(named: "Q"))
        #expect(q.shape == [2, 2])
        #expect(q.value(at: [1, 0]) == 3.0)
        #expect(q.value(at: [2, 0]) == nil)
        #expect(step.tensor(named: "d_k")?.value(at: []) == 4.0)
        #expect(events[1] == .ask(TraceAsk(question: "What is weights[0][1]?", tensor: "weights", index: [0, 1], line: 52)))
        #expect(events[2] == .say(TraceSay(text: "Rows sum to 1.", line: 55)))
    }

    @Test("numbers keep every digit")
    func exactNumbers() throws {
        let line = #"{"kind":"step","title":"x","line":1,"tensors":[{"name":"v","shape":[5],"data":[0.30000000000000004,1e-05,5e-324,1.7976931348623157e+308,-0.1]}]}"#
        guard case .step(let step) = TraceDecoder.decode(line).first else { Issue.record("no step"); return }
        let data = try #require(step.tensors.first?.data)
        #expect(data[0] == 0.1 + 0.2)
        #expect(data[0] != 0.3)
        #expect(data[1] == 0.00001)
        #expect(data[2] == Double.leastNonzeroMagnitude)
        #expect(data[3] == Double.greatestFiniteMagnitude)
        #expect(data[4] == -0.1)
    }

    @Test("\"inf\", \"-inf\" and \"nan\" become non-finite numbers")
    func nonFinite() throws {
        let line = #"{"kind":"step","title":"Masked","note":"","line":9,"tensors":[{"name":"m","shape":[1,3],"data":[0.5,"-inf","inf"]},{"name":"bad","shape":[],"data":["nan"]}]}"#
        guard case .step(let step) = TraceDecoder.decode(line).first else { Issue.record("no step"); return }
        #expect(step.tensors[0].data[0] == 0.5)
        #expect(step.tensors[0].data[1] == -Double.infinity)
        #expect(step.tensors[0].data[2] == Double.infinity)
        #expect(step.tensors[1].data[0].isNaN)
    }

    @Test("a step without a note or tensors still reads")
    func optionalFields() {
        let events = TraceDecoder.decode(#"{"kind":"step","title":"Nothing yet","line":3}"#)
        #expect(events == [.step(TraceStep(title: "Nothing yet", note: "", line: 3, tensors: []))])
    }

    @Test("bad lines become malformed events with their line numbers, and reading goes on", arguments: [
        (#"{"kind":"step","title":"T","line":1,"tensors":[{"name":"A","shape":[2,2],"data":[1,2,3]}]}"#, "shape [2, 2] but 3 numbers"),
        (#"{"kind":"step","title":"T","line":1,"tensors":[{"name":"A","shape":[2],"data":[1,"x"]}]}"#, "neither a number"),
        (#"{"kind":"step","title":"T","line":1,"tens"#, "not valid JSON"),
        (#"{"kind":"dance","line":1}"#, "unknown kind \"dance\""),
        (#"{"kind":"say","line":4}"#, "no \"text\""),
        (#"{"kind":"ask","question":"q","tensor":"p","index":[0,-1],"line":4}"#, "\"index\""),
        (#"{"kind":"say","text":"hi","line":"four"}"#, "\"line\""),
        (#"[1,2,3]"#, "not a trace event"),
        ("Hello from print()", "not a trace event"),
    ])
    func malformed(line: String, reasonFragment: String) {
        let text = "{\"kind\":\"say\",\"text\":\"before\",\"line\":1}\n\n" + line + "\n{\"kind\":\"say\",\"text\":\"after\",\"line\":2}\n"
        let events = TraceDecoder.decode(text)
        #expect(events.count == 3)
        guard events.count == 3, case .malformed(let problem) = events[1] else {
            Issue.record("expected a malformed event in the middle, got \(events)")
            return
        }
        #expect(problem.lineNumber == 3)
        #expect(problem.text == line)
        #expect(problem.reason.contains(reasonFragment), "reason was: \(problem.reason)")
        #expect(events[2] == .say(TraceSay(text: "after", line: 2)))
    }

    @Test("line numbers can start after a header")
    func offsetLineNumbers() {
        let events = TraceDecoder.decode("oops\n", firstLineNumber: 2)
        guard case .malformed(let problem) = events.first else { Issue.record("expected malformed"); return }
        #expect(problem.lineNumber == 2)
    }
}
