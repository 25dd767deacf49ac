import Course
import Foundation
import Testing
@testable import Practice

/// Card states replayed from the log, and the due queue built from them.
///
/// Expected due times come from SPEC §5's learning steps (1 m and 10 m): a new card rated
/// Again is due a minute later, Good ten minutes later; Easy graduates it with FSRS-6's
/// initial stability w[3] = 8.2956 days, which at 90 % retention is an 8-day interval, fuzzed
/// (FSRS.md §7) to 6…11 days.
@Suite("Review queue")
struct ReviewQueueTests {
    /// 2027-01-15T08:00:00Z (checked with Python's datetime).
    static let now = 1_800_000_000
    /// 2027-01-15T00:00:00Z, the UTC midnight before `now`.
    static let midnight = 1_799_971_200

    static func review(_ card: String, _ rating: Int, at: Int) -> PracticeEvent {
        PracticeEvent(.review(card: card, rating: rating, correct: nil, answer: ""), at: at)
    }

    static func deck(_ id: String, _ items: [String]) -> QuizDeck {
        QuizDeck(id: id, title: id.capitalized, items: items.map {
            QuizItem(id: $0, deck: id, answer: .card(QuizText("answer", firstLine: 1)), prompt: QuizText("question", firstLine: 1))
        })
    }

    func due(_ states: CardStates, _ card: String) -> Int? {
        states[card].map { Int($0.due.timeIntervalSince1970) }
    }

    @Test func learningStepsGiveTheDueTimes() {
        let t = Self.now - 5_000
        let states = CardStates(events: [Self.review("d/a", 1, at: t), Self.review("d/b", 3, at: t)])
        #expect(due(states, "d/a") == t + 60)
        #expect(due(states, "d/b") == t + 600)
        #expect(states["d/c"] == nil)
    }

    @Test func undoneReviewIsSkippedOnReplay() {
        let t = Self.now - 5_000
        let events = [
            Self.review("d/a", 3, at: t),
            Self.review("d/a", 1, at: t + 700),
            PracticeEvent(.reviewUndone(card: "d/a", reviewedAt: t + 700), at: t + 705),
        ]
        let states = CardStates(events: events)
        // Only the Good at t counts: still at the 10-minute step.
        #expect(due(states, "d/a") == t + 600)
        #expect(states.reviewCount("d/a") == 1)
    }

    @Test func undoOfTheOnlyReviewMakesTheCardNewAgain() {
        let t = Self.now - 100
        var states = CardStates(events: [Self.review("d/a", 3, at: t)])
        states.apply(PracticeEvent(.reviewUndone(card: "d/a", reviewedAt: t), at: t + 5))
        #expect(states["d/a"] == nil)
        let replayed = CardStates(events: [Self.review("d/a", 3, at: t), PracticeEvent(.reviewUndone(card: "d/a", reviewedAt: t), at: t + 5)])
        #expect(replayed["d/a"] == nil)
    }

    @Test func undoCancelsOnlyOneOfTwoReviewsInTheSameSecond() {
        let t = Self.now - 5_000
        let events = [
            Self.review("d/a", 1, at: t), Self.review("d/a", 3, at: t),
            PracticeEvent(.reviewUndone(card: "d/a", reviewedAt: t), at: t + 1),
        ]
        let states = CardStates(events: events)
        // The later review (Good) was undone; the Again stays: due a minute after t.
        #expect(states.reviewCount("d/a") == 1)
        #expect(due(states, "d/a") == t + 60)
    }

    @Test func incrementalApplyMatchesReplay() {
        let t = Self.now - 10 * 86_400
        let events = [Self.review("d/a", 3, at: t), Self.review("d/a", 3, at: t + 600), Self.review("d/a", 1, at: t + 3 * 86_400),
                      Self.review("d/a", 3, at: t + 3 * 86_400 + 600)]
        var incremental = CardStates()
        incremental.apply(events)
        #expect(incremental["d/a"] == CardStates(events: events)["d/a"])
    }

    @Test func easyGraduatesWithAFuzzedEightDayInterval() {
        let t = Self.now - 60
        let ids = (0..<40).map { "d/card-\($0)" }
        let states = CardStates(events: ids.map { Self.review($0, 4, at: t) })
        var days: Set<Int> = []
        for id in ids {
            let interval = (due(states, id) ?? 0) - t
            #expect(interval % 86_400 == 0)
            days.insert(interval / 86_400)
        }
        #expect(days.isSubset(of: Set(6...11)))
        #expect(days.count > 1, "fuzz spreads cards learned together")
        // Seeded per card: the same log gives the same days.
        let again = CardStates(events: ids.map { Self.review($0, 4, at: t) })
        #expect(ids.allSatisfy { again[$0] == states[$0] })
    }

    @Test func queueShowsDueCardsByDueTimeThenNewCardsInDeckOrder() {
        let t = Self.now
        let states = CardStates(events: [
            Self.review("one/a", 3, at: t - 1_000),  // due t - 400
            Self.review("one/b", 1, at: t - 500),    // due t - 440
            Self.review("two/c", 3, at: t - 100),    // due t + 500: not yet
        ])
        let decks = [Self.deck("one", ["a", "b", "new1"]), Self.deck("two", ["c", "new2", "new3"])]
        let queue = DueQueue.build(decks: decks, states: states, now: t, config: .defaults)
        #expect(queue.entries.map(\.cardID) == ["one/b", "one/a", "one/new1", "two/new2", "two/new3"])
        #expect(queue.dueCount == 2)
        #expect(queue.newCount == 3)
        #expect(queue.nextDue == t + 500)
        #expect(queue.entries[2].isNew && !queue.entries[0].isNew)
    }

    @Test func dailyNewLimitCountsCardsIntroducedTodayInUTC() {
        let states = CardStates(events: [
            Self.review("d/yesterday", 3, at: Self.midnight - 10),  // introduced yesterday: does not count
            Self.review("d/today", 3, at: Self.midnight + 10),      // introduced today: counts
        ])
        let decks = [Self.deck("d", ["yesterday", "today", "n1", "n2", "n3"])]
        var config = PracticeConfig()
        config.newCardsPerDay = 3
        let queue = DueQueue.build(decks: decks, states: states, now: Self.now, config: config)
        #expect(queue.entries.filter(\.isNew).map(\.cardID) == ["d/n1", "d/n2"])
        #expect(queue.introducedToday == 1)
        #expect(queue.newHeldBack == 1)
        // Cards held back: the next one comes at the next UTC midnight at the latest.
        #expect(queue.nextDue == Self.midnight + 86_400)
    }

    @Test func deckFilterAndUnknownCards() {
        let t = Self.now
        let states = CardStates(events: [Self.review("gone/x", 1, at: t - 1_000), Self.review("two/c", 1, at: t - 1_000)])
        let decks = [Self.deck("one", ["a"]), Self.deck("two", ["c", "d"])]
        let queue = DueQueue.build(decks: decks, states: states, now: t, config: .defaults, deckFilter: "two")
        #expect(queue.entries.map(\.cardID) == ["two/c", "two/d"])
        #expect(states["gone/x"] != nil, "history of a card no deck defines is kept")
        let none = DueQueue.build(decks: decks, states: states, now: t, config: .defaults, deckFilter: "three")
        #expect(none.isEmpty)
    }

    @Test func dayStartIsUTCMidnight() {
        #expect(DueQueue.dayStart(of: Self.now) == Self.midnight)
        #expect(DueQueue.dayStart(of: Self.midnight) == Self.midnight)
        #expect(DueQueue.dayStart(of: -1) == -86_400)
    }

    @Test func intervalLabelsReadLikeAnki() {
        #expect(IntervalText.format(seconds: 45) == "45s")
        #expect(IntervalText.format(seconds: 60) == "1m")
        #expect(IntervalText.format(seconds: 600) == "10m")
        #expect(IntervalText.format(seconds: 330) == "6m")  // 5.5 minutes rounds half up
        #expect(IntervalText.format(seconds: 5_400) == "1.5h")
        #expect(IntervalText.format(seconds: 7_200) == "2h")
        #expect(IntervalText.format(seconds: 86_400) == "1d")
        #expect(IntervalText.format(seconds: 29 * 86_400) == "29d")
        #expect(IntervalText.format(seconds: 96 * 86_400) == "3.2mo")
        #expect(IntervalText.format(seconds: 400 * 86_400) == "1.1y")
    }

    @Test func benchmarkLogHasTheAskedSizeAndBuildsAQueue() {
        let (lines, decks, now) = DueQueueBenchmark.syntheticLog(events: 2_000, cards: 100, seed: 7)
        #expect(lines.count == 2_000)
        #expect(decks.flatMap(\.items).count == 120)
        let events = lines.compactMap { try? PracticeEvent.decode($0).get() }
        #expect(events.count == 2_000)
        let queue = DueQueue.build(decks: decks, states: CardStates(events: events), now: now, config: .defaults)
        #expect(queue.newCount == 20, "20 unreviewed items, all within the daily limit")
    }
}

@Suite("Replaying a long log on two cores")
struct ShardedReplayTests {
    @Test func shardedReplayEqualsOnePass() {
        var events: [PracticeEvent] = []
        var t = 1_800_000_000
        for i in 0..<30_000 {
            t += 37 + i % 1_000
            events.append(PracticeEvent(.review(card: "deck-\(i % 7)/card-\(i % 1_500)", rating: 1 + (i * 7) % 4, correct: nil, answer: ""), at: t))
            if i % 977 == 0 { events.append(PracticeEvent(.reviewUndone(card: "deck-\(i % 7)/card-\(i % 1_500)", reviewedAt: t), at: t + 1)) }
        }
        let sharded = CardStates(events: events)
        var onePass = CardStates()
        onePass.apply(events)
        #expect(sharded.entries.count == onePass.entries.count)
        #expect(sharded.entries == onePass.entries, "two shards give exactly the states of one pass")
    }
}
