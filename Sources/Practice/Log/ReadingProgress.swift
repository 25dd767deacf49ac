/// Where the learner is in the course, derived by replaying the event log.
public struct ReadingProgress: Equatable, Sendable {
    /// Where each lesson was last left: the source line at the top of the screen and the row
    /// within that line's block.
    public private(set) var positions: [String: ReadingPlace] = [:]
    public private(set) var finished: Set<String> = []
    /// The lesson read most recently, for "continue where you left off".
    public private(set) var lastLesson: String?

    public init() {}

    public init(replaying events: [PracticeEvent]) {
        for event in events { apply(event) }
    }

    public mutating func apply(_ event: PracticeEvent) {
        switch event.kind {
        case .readingPosition(let lesson, let line, let row):
            positions[lesson] = ReadingPlace(line: line, row: row)
            lastLesson = lesson
        case .lessonFinished(let lesson):
            finished.insert(lesson)
            lastLesson = lesson
        case .review, .reviewUndone, .prediction, .drill, .other:
            break
        }
    }

    public func isFinished(_ lesson: String) -> Bool { finished.contains(lesson) }
    public func isStarted(_ lesson: String) -> Bool { positions[lesson] != nil || finished.contains(lesson) }
}

/// A place in a lesson that survives a change of terminal width: a source line, and how many
/// laid-out rows into the block that starts there.
public struct ReadingPlace: Equatable, Sendable {
    public var line: Int
    public var row: Int

    public init(line: Int, row: Int = 0) {
        self.line = line
        self.row = row
    }
}
