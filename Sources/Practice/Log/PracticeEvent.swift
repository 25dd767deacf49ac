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
        /// A card was answered and rated (SPEC §5): the card id `deck/item`, the rating 1–4,
        /// whether an auto-graded answer was right (nil for self-graded cards), and the answer.
        case review(card: String, rating: Int, correct: Bool?, answer: String)
        /// The review of `card` made at `reviewedAt` was undone; replay skips it.
        case reviewUndone(card: String, reviewedAt: Int)
        /// A prediction at a kernel's `ask`: the learner's guess against the true value.
        case prediction(lesson: String, kernel: String?, tensor: String, index: [Int], guess: Double, truth: Double, correct: Bool)
        /// One answered item of an interview drill that started at `startedAt`.
        case drill(card: String, correct: Bool, seconds: Int, answer: String, startedAt: Int)
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
        case .review(let card, let rating, let correct, let answer):
            members += [("kind", JSONText.quoted("review")), ("card", JSONText.quoted(card)), ("rating", String(rating))]
            if let correct { members.append(("correct", correct ? "true" : "false")) }
            members.append(("answer", JSONText.quoted(answer)))
        case .reviewUndone(let card, let reviewedAt):
            members += [("kind", JSONText.quoted("review.undone")), ("card", JSONText.quoted(card)), ("reviewed_at", JSONText.quoted(ISOTime.format(reviewedAt)))]
        case .prediction(let lesson, let kernel, let tensor, let index, let guess, let truth, let correct):
            members += [("kind", JSONText.quoted("prediction")), ("lesson", JSONText.quoted(lesson))]
            if let kernel { members.append(("kernel", JSONText.quoted(kernel))) }
            members += [("tensor", JSONText.quoted(tensor)), ("index", "[" + index.map(String.init).joined(separator: ",") + "]"),
                        ("guess", JSONText.number(guess)), ("truth", JSONText.number(truth)), ("correct", correct ? "true" : "false")]
        case .drill(let card, let correct, let seconds, let answer, let startedAt):
            members += [("kind", JSONText.quoted("drill")), ("card", JSONText.quoted(card)), ("correct", correct ? "true" : "false"),
                        ("seconds", String(seconds)), ("answer", JSONText.quoted(answer)), ("drill", JSONText.quoted(ISOTime.format(startedAt)))]
        case .other(let kind):
            members += [("kind", JSONText.quoted(kind))]
        }
        return JSONText.object(members)
    }

    /// Reads one log line; a reason when the line is not a valid event.
    public static func decode(_ line: String) -> Result<PracticeEvent, DecodeProblem> {
        var line = line
        if let fast = line.withUTF8({ FastEventDecoder.decode($0) }) { return .success(fast) }
        return decodeFully(line)
    }

    /// The general reader: every valid line, and a reason for every invalid one.
    static func decodeFully(_ line: String) -> Result<PracticeEvent, DecodeProblem> {
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
        case "review":
            guard let card = value["card"]?.string, let rating = value["rating"]?.int, (1...4).contains(rating) else {
                return .failure(DecodeProblem(column: 1, message: "review needs \"card\" and a \"rating\" from 1 to 4"))
            }
            return .success(PracticeEvent(.review(card: card, rating: rating, correct: value["correct"]?.bool, answer: value["answer"]?.string ?? ""), at: at))
        case "review.undone":
            guard let card = value["card"]?.string, let when = value["reviewed_at"]?.string.flatMap(ISOTime.parse) else {
                return .failure(DecodeProblem(column: 1, message: "review.undone needs \"card\" and \"reviewed_at\""))
            }
            return .success(PracticeEvent(.reviewUndone(card: card, reviewedAt: when), at: at))
        case "prediction":
            guard let lesson = value["lesson"]?.string, let tensor = value["tensor"]?.string,
                  let index = value["index"]?.array?.compactMap(\.int), let guess = value["guess"]?.number,
                  let truth = value["truth"]?.number, let correct = value["correct"]?.bool else {
                return .failure(DecodeProblem(column: 1, message: "prediction needs lesson, tensor, index, guess, truth and correct"))
            }
            return .success(PracticeEvent(.prediction(lesson: lesson, kernel: value["kernel"]?.string, tensor: tensor, index: index, guess: guess, truth: truth, correct: correct), at: at))
        case "drill":
            guard let card = value["card"]?.string, let correct = value["correct"]?.bool, let seconds = value["seconds"]?.int,
                  let started = value["drill"]?.string.flatMap(ISOTime.parse) else {
                return .failure(DecodeProblem(column: 1, message: "drill needs card, correct, seconds and drill (its start time)"))
            }
            return .success(PracticeEvent(.drill(card: card, correct: correct, seconds: seconds, answer: value["answer"]?.string ?? "", startedAt: started), at: at))
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
