import Course
import Foundation

/// One line of the append-only event log: something the learner did, with when.
///
/// The log is the source of truth (SPEC §6); every other piece of state — reading positions,
/// finished lessons, card schedules — is derived by replaying these events in order.
public struct PracticeEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Where the learner stopped reading: the source line at the top of the screen, and
        /// how many laid-out rows into that line's block (a wrapped paragraph shares one line).
        case readingPosition(lesson: String, line: Int, row: Int = 0)
        /// The learner reached the end of a lesson.
        case lessonFinished(lesson: String)
        /// An event this version does not know (written by a newer version): kept, not lost.
        case other(kind: String)
    }

    public var kind: Kind
    /// Whole seconds since 1970, UTC.
    public var at: Int
    /// The line as read from disk, kept for events of unknown kind so a rewrite never drops them.
    public var rawLine: String?

    public init(_ kind: Kind, at: Int) {
        self.kind = kind
        self.at = at
    }

    public init(_ kind: Kind, at date: Date) {
        self.init(kind, at: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The JSON line written to disk, without the newline.
    public var jsonLine: String {
        if case .other = kind, let rawLine { return rawLine }
        var members: [(String, String)] = [("at", JSONText.quoted(ISOTime.format(at)))]
        switch kind {
        case .readingPosition(let lesson, let line, let row):
            members += [("kind", JSONText.quoted("lesson.position")), ("lesson", JSONText.quoted(lesson)), ("line", String(line))]
            if row > 0 { members.append(("row", String(row))) }
        case .lessonFinished(let lesson):
            members += [("kind", JSONText.quoted("lesson.finished")), ("lesson", JSONText.quoted(lesson))]
        case .other(let kind):
            members += [("kind", JSONText.quoted(kind))]
        }
        return JSONText.object(members)
    }

    /// Reads one log line; nil with a reason when the line is not a valid event.
    public static func decode(_ line: String) -> Result<PracticeEvent, DecodeProblem> {
        let value: JSONValue
        switch JSONValue.parse(line) {
        case .success(let v): value = v
        case .failure(let e): return .failure(DecodeProblem(column: e.offset + 1, message: "not valid JSON (\(e.message))"))
        }
        guard case .object = value else { return .failure(DecodeProblem(column: 1, message: "not a JSON object")) }
        guard let atText = value["at"]?.string, let at = ISOTime.parse(atText) else {
            return .failure(DecodeProblem(column: 1, message: "missing or bad \"at\" time"))
        }
        guard let kind = value["kind"]?.string else { return .failure(DecodeProblem(column: 1, message: "missing \"kind\"")) }
        switch kind {
        case "lesson.position":
            guard let lesson = value["lesson"]?.string, let line = value["line"]?.int else {
                return .failure(DecodeProblem(column: 1, message: "lesson.position needs \"lesson\" and \"line\""))
            }
            let row = max(0, value["row"]?.int ?? 0)
            return .success(PracticeEvent(.readingPosition(lesson: lesson, line: line, row: row), at: at))
        case "lesson.finished":
            guard let lesson = value["lesson"]?.string else {
                return .failure(DecodeProblem(column: 1, message: "lesson.finished needs \"lesson\""))
            }
            return .success(PracticeEvent(.lessonFinished(lesson: lesson), at: at))
        default:
            var event = PracticeEvent(.other(kind: kind), at: at)
            event.rawLine = line
            return .success(event)
        }
    }

    public struct DecodeProblem: Error, Equatable, Sendable {
        public var column: Int
        public var message: String
    }
}
