/// Where the learner is in the course, derived by replaying the event log.
public struct ReadingProgress: Equatable, Sendable {
    /// The source line at the top of the screen when each lesson was last left.
    public private(set) var positions: [String: Int] = [:]
    public private(set) var finished: Set<String> = []
    /// The lesson read most recently, for "continue where you left off".
    public private(set) var lastLesson: String?

    public init() {}

    public init(replaying events: [PracticeEvent]) {
        for event in events { apply(event) }
    }

    public mutating func apply(_ event: PracticeEvent) {
        switch event.kind {
        case .readingPosition(let lesson, let line):
            positions[lesson] = line
            lastLesson = lesson
        case .lessonFinished(let lesson):
            finished.insert(lesson)
            lastLesson = lesson
        case .other:
            break
        }
    }

    public func isFinished(_ lesson: String) -> Bool { finished.contains(lesson) }
    public func isStarted(_ lesson: String) -> Bool { positions[lesson] != nil || finished.contains(lesson) }
}
