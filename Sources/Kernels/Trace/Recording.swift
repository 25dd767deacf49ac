import Foundation
import Course

/// A kernel's trace recorded in `Assets/Traces/<lesson-id>[.<name>].jsonl`, played back when
/// no Swift toolchain is installed (SPEC §4).
///
/// The file is JSON Lines: a header naming the lesson, the kernel and the hash of its source,
/// then the trace exactly as the kernel wrote it.
///
/// ```
/// {"kind":"recording","lesson":"tf-attention","kernel":null,"source_sha256":"9f2c…","first_line":88}
/// {"kind":"step","title":"Inputs",…}
/// ```
public struct Recording: Sendable, Equatable {
    public var lesson: String
    /// The kernel's `name=`; nil for the lesson's unnamed kernel.
    public var kernel: String?
    /// SHA-256 of the kernel's code when it was recorded.
    public var sourceSHA256: String
    /// The lesson line the kernel's code started on; the trace's `line` values depend on it.
    /// nil when the header does not say.
    public var firstLine: Int?
    /// The trace lines after the header, as text.
    public var trace: String
    /// The trace decoded; line numbers count the header as line 1.
    public var events: [TraceEvent]

    /// The file name for a lesson's kernel: `<lesson>.jsonl`, or `<lesson>.<name>.jsonl`.
    public static func fileName(lesson: String, kernel: String?) -> String {
        guard let kernel else { return lesson + ".jsonl" }
        return lesson + "." + kernel + ".jsonl"
    }

    /// The path under the course root: `Assets/Traces/<file name>`.
    public static func path(lesson: String, kernel: String?) -> String {
        "Assets/Traces/" + fileName(lesson: lesson, kernel: kernel)
    }

    /// The recording of a lesson's kernel in the course at `root`, read and parsed; nil when
    /// there is none or it cannot be read (the player, `attend run` and the benchmark).
    public static func load(courseRoot root: String, lesson: String, kernel: String?) -> Recording? {
        let path = path(lesson: lesson, kernel: kernel)
        guard let text = try? String(contentsOfFile: root + "/" + path, encoding: .utf8) else { return nil }
        return parse(text, source: path).recording
    }

    /// The hash a recording stores for `code`.
    public static func sourceHash(of code: String) -> String {
        SHA256.hexDigest(of: code)
    }

    /// The text of a recording file: the header, then `trace` (a kernel's standard output).
    public static func make(lesson: String, kernel: String?, code: String, firstLine: Int, trace: String) -> String {
        let header = JSONText.object([
            ("kind", JSONText.quoted("recording")),
            ("lesson", JSONText.quoted(lesson)),
            ("kernel", kernel.map(JSONText.quoted) ?? "null"),
            ("source_sha256", JSONText.quoted(sourceHash(of: code))),
            ("first_line", String(firstLine)),
        ])
        var lines = trace.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty { lines.removeLast() }
        return ([header] + lines).joined(separator: "\n") + "\n"
    }

    /// Reads a recording file. A missing or unreadable header gives no recording and an error
    /// at line 1 of `source`; damaged trace lines become `.malformed` events and an error each,
    /// and the rest still loads.
    public static func parse(_ text: String, source: String) -> (recording: Recording?, diagnostics: [Diagnostic]) {
        let headerEnd = text.firstIndex(of: "\n") ?? text.endIndex
        let headerText = String(text[..<headerEnd])
        func headerError(_ message: String) -> (Recording?, [Diagnostic]) {
            (nil, [.error(source, 1, 1, message)])
        }
        guard case .success(let header) = JSONValue.parse(headerText), header["kind"]?.string == "recording" else {
            return headerError("the first line is not a recording header "
                               + #"({"kind":"recording","lesson":…,"kernel":…,"source_sha256":…})"#)
        }
        guard let lesson = header["lesson"]?.string, !lesson.isEmpty else {
            return headerError("the recording header has no \"lesson\"")
        }
        let kernel: String?
        switch header["kernel"] {
        case .none, .some(.null): kernel = nil
        case .some(.string(let name)): kernel = name
        default: return headerError("the recording header's \"kernel\" is neither a name nor null")
        }
        guard let hash = header["source_sha256"]?.string, hash.count == 64 else {
            return headerError("the recording header has no 64-digit \"source_sha256\"")
        }
        let trace = headerEnd < text.endIndex ? String(text[text.index(after: headerEnd)...]) : ""
        let events = TraceDecoder.decode(trace, firstLineNumber: 2)
        let diagnostics: [Diagnostic] = events.compactMap { event in
            guard case .malformed(let problem) = event else { return nil }
            return .error(source, problem.lineNumber, 1, "unreadable trace line: \(problem.reason)")
        }
        let recording = Recording(lesson: lesson, kernel: kernel, sourceSHA256: hash,
                                  firstLine: header["first_line"]?.int, trace: trace, events: events)
        return (recording, diagnostics)
    }

    /// True when the kernel's code changed since the recording, or moved to another line of
    /// the lesson (so the recorded `line` values would point at the wrong place).
    public func isStale(code: String, firstLine: Int) -> Bool {
        if sourceSHA256 != Self.sourceHash(of: code) { return true }
        if let recordedLine = self.firstLine, recordedLine != firstLine { return true }
        return false
    }
}
