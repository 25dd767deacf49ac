import Testing
import Course
import Kernels

@Suite("Recordings")
struct RecordingTests {
    let code = "import KernelKit\nsay(\"hi\")\n"
    /// `printf 'import KernelKit\nsay("hi")\n' | sha256sum`
    let codeHash = "73df9fb5f28595f2b61c7356b62c7a6ec28c91f8a133b24fb765fc6ee78f429f"
    let trace = #"{"kind":"say","text":"hi","line":13}"# + "\n"

    @Test("file names and paths follow SPEC §4")
    func names() {
        #expect(Recording.path(lesson: "tf-attention", kernel: nil) == "Assets/Traces/tf-attention.jsonl")
        #expect(Recording.path(lesson: "tf-attention", kernel: "masked") == "Assets/Traces/tf-attention.masked.jsonl")
    }

    @Test("the file is a header line, then the trace as written")
    func makeText() {
        let kernel = KernelSource(name: nil, code: code, firstLine: 12)
        let text = Recording.make(lesson: "tf-attention", kernel: kernel, trace: trace + "\n\n")
        #expect(text == #"{"kind":"recording","lesson":"tf-attention","kernel":null,"source_sha256":"\#(codeHash)","first_line":12}"#
                + "\n" + trace)
        let named = Recording.make(lesson: "tf-attention", kernel: KernelSource(name: "masked", code: code, firstLine: 12), trace: trace)
        #expect(named.hasPrefix(#"{"kind":"recording","lesson":"tf-attention","kernel":"masked","#))
    }

    @Test("parsing gives back the header and the events")
    func roundTrip() throws {
        let kernel = KernelSource(name: "masked", code: code, firstLine: 12)
        let parsed = Recording.parse(Recording.make(lesson: "tf-attention", kernel: kernel, trace: trace), source: "Assets/Traces/t.jsonl")
        #expect(parsed.diagnostics.isEmpty)
        let recording = try #require(parsed.recording)
        #expect(recording.lesson == "tf-attention")
        #expect(recording.kernel == "masked")
        #expect(recording.sourceSHA256 == codeHash)
        #expect(recording.firstLine == 12)
        #expect(recording.events == [.say(TraceSay(text: "hi", line: 13))])
    }

    @Test("stale when the code changes or moves to another line; fresh otherwise")
    func staleness() throws {
        let kernel = KernelSource(name: nil, code: code, firstLine: 12)
        let recording = try #require(Recording.parse(Recording.make(lesson: "l", kernel: kernel, trace: trace), source: "r").recording)
        #expect(!recording.isStale(for: kernel))
        #expect(recording.isStale(for: KernelSource(name: nil, code: code + "say(\"more\")\n", firstLine: 12)))
        #expect(recording.isStale(for: KernelSource(name: nil, code: code, firstLine: 14)))
    }

    @Test("a missing header is an error at line 1 of the file")
    func badHeader() {
        let parsed = Recording.parse(trace, source: "Assets/Traces/x.jsonl")
        #expect(parsed.recording == nil)
        #expect(parsed.diagnostics.map(\.description).first?.hasPrefix("Assets/Traces/x.jsonl:1:1: error: ") == true)
    }

    @Test("a damaged trace line is reported at its line in the file, and the rest loads")
    func damagedLine() throws {
        let text = #"{"kind":"recording","lesson":"l","kernel":null,"source_sha256":"\#(codeHash)"}"# + "\n"
            + trace + "{\"kind\":\"say\",\"te\n" + trace
        let parsed = Recording.parse(text, source: "Assets/Traces/l.jsonl")
        let recording = try #require(parsed.recording)
        #expect(recording.firstLine == nil)
        #expect(recording.events.count == 3)
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics.first?.line == 3)
        #expect(parsed.diagnostics.first?.file == "Assets/Traces/l.jsonl")
    }
}
