/// A practice session run as line prompts: lines in, lines and events out, no I/O. The plain
/// review and the plain drill both are one, so one loop drives either.
public protocol LinePromptSession {
    var isFinished: Bool { get }
    mutating func start() -> [String]
    mutating func input(_ line: String, now: Int) -> (output: [String], events: [PracticeEvent], finished: Bool)
}

extension PlainReviewSession: LinePromptSession {}
extension PlainDrillSession: LinePromptSession {}
