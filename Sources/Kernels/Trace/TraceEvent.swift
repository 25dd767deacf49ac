/// One line of a kernel's trace (SPEC §4), or a line that could not be read as one.
public enum TraceEvent: Sendable, Equatable {
    case step(TraceStep)
    case ask(TraceAsk)
    case say(TraceSay)
    /// A line that is not a valid trace event: kept with its text and why, never dropped.
    case malformed(TraceProblem)

    /// The lesson-file line the event came from; nil for a malformed line.
    public var sourceLine: Int? {
        switch self {
        case .step(let step): return step.line
        case .ask(let ask): return ask.line
        case .say(let say): return say.line
        case .malformed: return nil
        }
    }
}

/// `step(title, note:, tensors)`: the named tensors as they were at one moment.
public struct TraceStep: Sendable, Equatable {
    public var title: String
    public var note: String
    /// Lesson-file line of the `step` call; 0 when the trace did not say.
    public var line: Int
    public var tensors: [TraceTensor]

    public init(title: String, note: String = "", line: Int, tensors: [TraceTensor]) {
        self.title = title
        self.note = note
        self.line = line
        self.tensors = tensors
    }

    public func tensor(named name: String) -> TraceTensor? {
        tensors.first { $0.name == name }
    }
}

/// A named scalar, vector or matrix: `shape` is `[]`, `[n]` or `[rows, cols]`, data row-major.
public struct TraceTensor: Sendable, Equatable {
    public var name: String
    public var shape: [Int]
    public var data: [Double]

    public init(name: String, shape: [Int], data: [Double]) {
        self.name = name
        self.shape = shape
        self.data = data
    }

    /// The entry at `index` (`[]`, `[i]` or `[i, j]`, matching the shape); nil when out of range.
    public func value(at index: [Int]) -> Double? {
        guard index.count == shape.count else { return nil }
        var offset = 0
        for (position, size) in zip(index, shape) {
            guard position >= 0, position < size else { return nil }
            offset = offset * size + position
        }
        return offset < data.count ? data[offset] : nil
    }
}

/// `ask(question, tensor:, at:)`: predict one entry of the next step's tensor before it shows.
public struct TraceAsk: Sendable, Equatable {
    public var question: String
    public var tensor: String
    /// `[]` for a scalar, `[i]` for a vector, `[i, j]` for a matrix.
    public var index: [Int]
    public var line: Int

    public init(question: String, tensor: String, index: [Int], line: Int) {
        self.question = question
        self.tensor = tensor
        self.index = index
        self.line = line
    }
}

/// `say(text)`: a line of explanation between steps.
public struct TraceSay: Sendable, Equatable {
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// A trace line that could not be read: where it was, what it said, and why it was refused.
public struct TraceProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based line number in the trace text (or in the recording file).
    public var lineNumber: Int
    public var text: String
    public var reason: String

    public init(lineNumber: Int, text: String, reason: String) {
        self.lineNumber = lineNumber
        self.text = text
        self.reason = reason
    }

    public var description: String { "trace line \(lineNumber): \(reason)" }
}
