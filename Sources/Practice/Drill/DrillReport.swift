import Course
import DisplayWidth
import Foundation

/// The end of a drill in numbers: score per topic, time per item, total time, and the items
/// to go over again. Data only: the drill screen draws it and `plainText()` prints it.
public struct DrillReport: Equatable, Sendable {
    /// Right answers out of answered items on one topic.
    public struct TopicScore: Equatable, Sendable {
        public var topic: String
        public var correct: Int
        public var answered: Int

        public init(topic: String, correct: Int, answered: Int) {
            self.topic = topic
            self.correct = correct
            self.answered = answered
        }

        /// correct / answered, 0 when nothing was answered.
        public var fraction: Double { answered > 0 ? Double(correct) / Double(answered) : 0 }
    }

    /// One planned item, in drill order.
    public struct Item: Equatable, Sendable {
        public enum Outcome: Equatable, Sendable {
            case right, wrong
            /// The drill ended (time up, or the learner stopped) before the item was answered.
            case notReached
        }

        public var cardID: String
        /// The first line of the prompt as plain text.
        public var title: String
        public var outcome: Outcome
        /// Seconds taken; nil when not reached.
        public var seconds: Int?
        public var selfGraded: Bool
        /// Answered, but slower than the pace.
        public var isSlow: Bool

        public init(cardID: String, title: String, outcome: Outcome, seconds: Int?, selfGraded: Bool = false, isSlow: Bool = false) {
            self.cardID = cardID
            self.title = title
            self.outcome = outcome
            self.seconds = seconds
            self.selfGraded = selfGraded
            self.isSlow = isSlow
        }

        /// Wrong, or right but slow: worth going over again.
        public var needsReview: Bool { outcome == .wrong || (outcome == .right && isSlow) }
    }

    /// What was drilled (the plan's topic).
    public var topic: String
    /// Every planned item, in the order shown.
    public var items: [Item]
    /// Weakest first (lowest share right), then by name; topics with no answered item are left out.
    public var topics: [TopicScore]
    /// Seconds from the start to the end of the drill (at most the limit when time ran out).
    public var elapsedSeconds: Int
    /// The time limit, when there was one.
    public var limitSeconds: Int?
    /// True when the time limit ended the drill.
    public var timedOut: Bool
    /// An item answered in more seconds than this is slow: the limit shared out over the
    /// planned items, or `defaultPace` without a limit.
    public var paceSeconds: Int

    /// Seconds an item may take before it counts as slow in a drill without a time limit.
    public static let defaultPace = 90

    public var planned: Int { items.count }
    public var answered: Int { items.filter { $0.outcome != .notReached }.count }
    public var correct: Int { items.filter { $0.outcome == .right }.count }
    public var notReached: Int { items.filter { $0.outcome == .notReached }.count }
    /// Seconds spent answering (feedback time excluded).
    public var answeringSeconds: Int { items.compactMap(\.seconds).reduce(0, +) }
    /// Wrong or slow items, in drill order.
    public var toReview: [Item] { items.filter(\.needsReview) }

    public init(topic: String, items: [Item], topics: [TopicScore], elapsedSeconds: Int, limitSeconds: Int?,
                timedOut: Bool, paceSeconds: Int) {
        self.topic = topic
        self.items = items
        self.topics = topics
        self.elapsedSeconds = elapsedSeconds
        self.limitSeconds = limitSeconds
        self.timedOut = timedOut
        self.paceSeconds = paceSeconds
    }

    /// Builds the report of a drill.
    ///
    /// - Parameters:
    ///   - results: the answers given; those for cards not in the plan are ignored, and a
    ///     card answered twice counts once (the first answer).
    ///   - elapsedSeconds: wall time from the start to the end of the drill.
    ///   - limitSeconds: the time limit, if any.
    ///   - timedOut: whether the limit ended the drill.
    public static func make(plan: DrillPlan, results: [DrillResult], elapsedSeconds: Int, limitSeconds: Int? = nil,
                            timedOut: Bool = false) -> DrillReport {
        let pace = pace(planned: plan.entries.count, limitSeconds: limitSeconds)
        var byCard: [String: DrillResult] = [:]
        for result in results where byCard[result.cardID] == nil { byCard[result.cardID] = result }
        var items: [Item] = []
        var scores: [String: TopicScore] = [:]
        var topicOrder: [String] = []
        for entry in plan.entries {
            let cardID = entry.item.cardID
            let title = Self.title(of: entry.item)
            guard let result = byCard[cardID] else {
                items.append(Item(cardID: cardID, title: title, outcome: .notReached, seconds: nil))
                continue
            }
            items.append(Item(cardID: cardID, title: title, outcome: result.correct ? .right : .wrong, seconds: result.seconds,
                              selfGraded: result.selfGraded, isSlow: result.seconds > pace))
            for topic in entry.topics {
                if scores[topic] == nil { topicOrder.append(topic) }
                var score = scores[topic] ?? TopicScore(topic: topic, correct: 0, answered: 0)
                score.answered += 1
                if result.correct { score.correct += 1 }
                scores[topic] = score
            }
        }
        let topics = topicOrder.compactMap { scores[$0] }.sorted { a, b in
            a.fraction != b.fraction ? a.fraction < b.fraction : a.topic < b.topic
        }
        let elapsed = max(0, limitSeconds.map { timedOut ? min(elapsedSeconds, $0) : elapsedSeconds } ?? elapsedSeconds)
        return DrillReport(topic: plan.topic, items: items, topics: topics, elapsedSeconds: elapsed,
                           limitSeconds: limitSeconds, timedOut: timedOut, paceSeconds: pace)
    }

    /// The seconds an item may take: the limit over the planned items (at least 1), or `defaultPace`.
    public static func pace(planned: Int, limitSeconds: Int?) -> Int {
        guard let limitSeconds, planned > 0 else { return defaultPace }
        return max(1, limitSeconds / planned)
    }

    /// The prompt's first line, laid out as plain text (math set, Markdown marks gone, cloze
    /// gaps shown as ___) and made safe to print.
    static func title(of item: QuizItem) -> String {
        let text = QuizText(item.promptBlankingGaps { _ in "___" }, firstLine: item.prompt.firstLine)
        let lines = LessonLayout.lines(for: text.document(source: item.file), width: 10_000, source: item.file)
        let first = lines.map { $0.spans.map(\.text).joined() }.first { !$0.allSatisfy(\.isWhitespace) } ?? item.id
        return Sanitizer.clean(first.trimmingCharacters(in: .whitespaces))
    }

    /// `0:42`, `12:05`, `1:02:03`.
    public static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        if s >= 3600 { return "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" }
        return "\(s / 60):\(two(s % 60))"
    }
}
