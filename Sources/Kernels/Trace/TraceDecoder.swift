import Course

/// Reads a kernel's JSON Lines trace into events, tolerantly: a line it cannot read becomes a
/// `.malformed` event with its line number and the reason, and reading goes on.
///
/// ```swift
/// let events = TraceDecoder.decode(#"{"kind":"say","text":"hi","line":3}"# + "\n")
/// // [.say(TraceSay(text: "hi", line: 3))]
/// ```
///
/// Numbers keep every digit (the JSON reader converts with `Double(String)`); the strings
/// `"inf"`, `"-inf"` and `"nan"` stand for the non-finite values JSON cannot write.
public enum TraceDecoder {
    /// Every non-blank line of `text` as an event, in order. `firstLineNumber` is the number
    /// of the text's first line in its file (a recording's trace starts after its header).
    public static func decode(_ text: String, firstLineNumber: Int = 1) -> [TraceEvent] {
        var events: [TraceEvent] = []
        var lineNumber = firstLineNumber
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { lineNumber += 1 }
            if let event = decodeLine(String(line), lineNumber: lineNumber) { events.append(event) }
        }
        return events
    }

    /// One line as an event; nil when the line is blank.
    public static func decodeLine(_ line: String, lineNumber: Int) -> TraceEvent? {
        var text = line
        if text.hasSuffix("\r") { text.removeLast() }
        if text.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
        do {
            return try event(from: text)
        } catch let problem as Refusal {
            return .malformed(TraceProblem(lineNumber: lineNumber, text: text, reason: problem.reason))
        } catch {
            return .malformed(TraceProblem(lineNumber: lineNumber, text: text, reason: "unreadable"))
        }
    }

    /// Why a line was refused.
    private struct Refusal: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func event(from text: String) throws -> TraceEvent {
        guard text.first == "{" else { throw Refusal("not a trace event (output the kernel printed itself?)") }
        let object: JSONValue
        switch JSONValue.parse(text) {
        case .success(let value): object = value
        case .failure(let error): throw Refusal("not valid JSON at column \(error.offset + 1): \(error.message)")
        }
        guard case .object = object else { throw Refusal("not a JSON object") }
        guard let kind = object["kind"]?.string else { throw Refusal("no \"kind\"") }
        switch kind {
        case "step":
            return .step(TraceStep(title: try string(object, "title"),
                                   note: try string(object, "note", default: ""),
                                   line: try line(object),
                                   tensors: try tensors(object)))
        case "ask":
            return .ask(TraceAsk(question: try string(object, "question"),
                                 tensor: try string(object, "tensor"),
                                 index: try index(object),
                                 line: try line(object)))
        case "say":
            return .say(TraceSay(text: try string(object, "text"), line: try line(object)))
        default:
            throw Refusal("unknown kind \"\(kind)\"")
        }
    }

    private static func string(_ object: JSONValue, _ key: String, default fallback: String? = nil) throws -> String {
        guard let value = object[key] else {
            if let fallback { return fallback }
            throw Refusal("no \"\(key)\"")
        }
        guard let text = value.string else { throw Refusal("\"\(key)\" is not a string") }
        return text
    }

    private static func line(_ object: JSONValue) throws -> Int {
        guard let value = object["line"] else { return 0 }
        guard let line = value.int, line >= 0 else { throw Refusal("\"line\" is not a line number") }
        return line
    }

    private static func index(_ object: JSONValue) throws -> [Int] {
        guard let items = object["index"]?.array else { throw Refusal("no \"index\" array") }
        guard items.count <= 2 else { throw Refusal("\"index\" has \(items.count) entries; at most 2") }
        return try items.map { item in
            guard let position = item.int, position >= 0 else { throw Refusal("\"index\" holds something other than whole numbers ≥ 0") }
            return position
        }
    }

    private static func tensors(_ object: JSONValue) throws -> [TraceTensor] {
        guard let value = object["tensors"] else { return [] }
        guard let items = value.array else { throw Refusal("\"tensors\" is not an array") }
        return try items.enumerated().map { position, item in try tensor(item, position: position) }
    }

    private static func tensor(_ item: JSONValue, position: Int) throws -> TraceTensor {
        guard let name = item["name"]?.string else { throw Refusal("tensor \(position + 1) has no \"name\"") }
        guard let shapeItems = item["shape"]?.array else { throw Refusal("tensor \"\(name)\" has no \"shape\" array") }
        let shape = try shapeItems.map { size in
            guard let size = size.int, size >= 0 else { throw Refusal("tensor \"\(name)\" has a shape that is not whole numbers ≥ 0") }
            return size
        }
        guard shape.count <= 2 else {
            throw Refusal("tensor \"\(name)\" has \(shape.count) dimensions; a trace holds scalars, vectors and matrices")
        }
        guard let dataItems = item["data"]?.array else { throw Refusal("tensor \"\(name)\" has no \"data\" array") }
        let data = try dataItems.map { entry in
            guard let number = number(entry) else {
                throw Refusal("tensor \"\(name)\" holds a value that is neither a number nor \"inf\", \"-inf\", \"nan\"")
            }
            return number
        }
        let expected = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
        guard expected == data.count else {
            throw Refusal("tensor \"\(name)\" has shape \(shape) but \(data.count) numbers")
        }
        return TraceTensor(name: name, shape: shape, data: data)
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number(let number): return number
        case .string("inf"): return .infinity
        case .string("-inf"): return -.infinity
        case .string("nan"): return .nan
        default: return nil
        }
    }
}
