import Course
import Foundation

/// The due-queue budget (SPEC §9: a 200,000-event log to a due queue in ≤ 100 ms, release).
///
/// Builds a synthetic log shaped like real use — reviews that follow the scheduler, reading
/// positions between them, the odd undo — as the JSON lines `events.jsonl` would hold, then
/// times the three stages the app runs at launch: decoding the lines, replaying them into
/// `CardStates`, and building the `DueQueue`. Each figure is the best of `repetitions` runs.
public enum DueQueueBenchmark {
    public struct Result: Sendable {
        public var events: Int
        public var cards: Int
        public var queueLength: Int
        public var decodeSeconds: Double
        public var replaySeconds: Double
        public var queueSeconds: Double
        /// The whole path from log text to queue (the budgeted figure).
        public var totalSeconds: Double { decodeSeconds + replaySeconds + queueSeconds }

        public var summary: String {
            func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1_000) }
            return "due queue from \(events) events (\(cards) cards): \(ms(totalSeconds)) "
                + "(decode \(ms(decodeSeconds)), replay \(ms(replaySeconds)), queue \(ms(queueSeconds))); \(queueLength) cards in the queue"
        }
    }

    /// Items per synthetic deck.
    static let deckSize = 200

    public static func run(events: Int = 200_000, cards: Int = 5_000, repetitions: Int = 5) -> Result {
        let (lines, decks, now) = syntheticLog(events: events, cards: cards, seed: 42)
        // The real path: the log file read and decoded by EventLog.load.
        let directory = NSTemporaryDirectory() + "attend-queue-bench-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let log = EventLog(directory: directory)
        try? (lines.joined(separator: "\n") + "\n").write(toFile: log.path, atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        var best = (decode: Double.infinity, replay: Double.infinity, queue: Double.infinity)
        var queueLength = 0
        for _ in 0..<max(1, repetitions) {
            var decoded: [PracticeEvent] = []
            let decode = clock.measure {
                decoded = log.load().events
            }
            var states = CardStates()
            let replay = clock.measure { states = CardStates(events: decoded, scheduler: PracticeConfig.defaults.scheduler) }
            var queue: DueQueue?
            let build = clock.measure {
                queue = DueQueue.build(decks: decks, states: states, now: now, config: .defaults, deckFilter: nil)
            }
            queueLength = queue?.entries.count ?? 0
            best = (min(best.decode, seconds(decode)), min(best.replay, seconds(replay)), min(best.queue, seconds(build)))
        }
        return Result(events: lines.count, cards: cards, queueLength: queueLength,
                      decodeSeconds: best.decode, replaySeconds: best.replay, queueSeconds: best.queue)
    }

    /// About 94 % reviews (following the scheduler, from `FSRSBenchmark`), 5 % reading
    /// positions, and an undo after one review in 500; the decks hold a fifth more items than
    /// were reviewed; `now` is an hour after the last event.
    public static func syntheticLog(events: Int, cards: Int, seed: UInt64) -> (lines: [String], decks: [QuizDeck], now: Int) {
        let reviewCount = events * 94 / 100
        let cardCount = max(1, cards)
        let reviews = FSRSBenchmark.syntheticReviews(reviews: reviewCount, cards: cardCount, seed: seed)
        var random = SplitMix64(seed: seed ^ 0x5EED)
        var lines: [String] = []
        lines.reserveCapacity(events)
        var last = 0
        for review in reviews {
            let number = Int(review.cardID.dropFirst("card-".count)) ?? 0
            let cardID = "bench-\(number / deckSize)/card-\(number)"
            let at = Int(review.reviewedAt.timeIntervalSince1970)
            last = at
            lines.append(PracticeEvent(.review(card: cardID, rating: review.rating.rawValue, correct: review.rating != .again, answer: "42"), at: at).jsonLine)
            if lines.count < events, random.next() % 500 == 0 {
                lines.append(PracticeEvent(.reviewUndone(card: cardID, reviewedAt: at), at: at + 2).jsonLine)
            }
            while lines.count < events, random.next() % 100 < 5 {
                lines.append(PracticeEvent(.readingPosition(lesson: "lesson-\(random.next() % 40)", line: Int(random.next() % 300) + 1), at: at).jsonLine)
            }
        }
        while lines.count < events {
            lines.append(PracticeEvent(.readingPosition(lesson: "lesson-0", line: 1), at: last).jsonLine)
        }
        // A fifth more items than reviewed cards, so the queue also has new cards to add.
        let itemCount = cardCount + cardCount / 5
        var decks: [QuizDeck] = []
        for deckNumber in 0...((itemCount - 1) / deckSize) {
            let deckID = "bench-\(deckNumber)"
            let range = (deckNumber * deckSize)..<min(itemCount, (deckNumber + 1) * deckSize)
            let items = range.map { number in
                QuizItem(id: "card-\(number)", deck: deckID, answer: .card(QuizText("answer", firstLine: 1)),
                         prompt: QuizText("question \(number)", firstLine: 1))
            }
            decks.append(QuizDeck(id: deckID, title: "Bench \(deckNumber)", items: items))
        }
        return (lines, decks, last + 3_600)
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
