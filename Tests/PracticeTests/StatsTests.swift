import Course
import Foundation
import Practice
import Testing

/// `PracticeStats` on small hand-written logs. Every expected number below was worked out by
/// hand from the events (FSRS state changes: a new card rated Easy graduates to review; a
/// review card rated Again goes to relearning; one Good in relearning graduates again).
@Suite("Stats")
struct StatsTests {
    /// Wednesday 2027-03-17 12:00:00 UTC (UTC day 20894).
    static let now = 1_805_284_800
    static let today = 20_894

    /// Seconds UTC on the day `offset` days from today, at the given time.
    static func at(_ offset: Int, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Int {
        (today + offset) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    static func review(_ card: String, _ rating: Int, _ correct: Bool?, at time: Int) -> PracticeEvent {
        PracticeEvent(.review(card: card, rating: rating, correct: correct, answer: ""), at: time)
    }

    static func item(_ deck: String, _ id: String, tags: [String]) -> QuizItem {
        QuizItem(id: id, deck: deck, answer: .card(QuizText("answer", firstLine: 1)),
                 prompt: QuizText("prompt", firstLine: 1), tags: tags)
    }

    static let decks = [
        QuizDeck(id: "attn", title: "Attention", items: [
            item("attn", "q1", tags: ["softmax", "scale"]),
            item("attn", "q2", tags: ["softmax"]),
            item("attn", "c1", tags: ["intro"]),
        ]),
        QuizDeck(id: "mask", title: "Masks", items: [item("mask", "m1", tags: ["masks"])]),
        QuizDeck(id: "empty", title: "Unused", items: [item("empty", "e1", tags: ["unused"])]),
    ]

    static func lesson(_ id: String, _ module: String) -> Lesson {
        Lesson(meta: LessonMeta(id: id, title: id, module: module), document: Document(), source: "\(id).md")
    }

    static let catalog = CourseCatalog(root: "", title: "Test", modules: [
        CourseModule(id: "basics", title: "Basics", summary: "", lessons: [lesson("l1", "basics"), lesson("l2", "basics")]),
        CourseModule(id: "tf", title: "Transformers", summary: "", lessons: [lesson("l3", "tf")]),
        CourseModule(id: "later", title: "Later", summary: "", lessons: []),
    ])

    /// The main log. Card attn/q1 ("A"): Easy (new), Again (review → fail), Good (relearning,
    /// not counted), Good, Good (review → pass), an Again today that is undone, then Good.
    static let events: [PracticeEvent] = [
        review("gone/x", 4, nil, at: at(-60, 9)),            // X: new
        review("attn/q2", 4, true, at: at(-50, 9)),          // B: new
        review("gone/x", 1, false, at: at(-45, 9)),          // X: review → fail (all time only)
        review("attn/q1", 4, true, at: at(-40, 10)),         // A: new
        review("attn/q2", 2, true, at: at(-35, 9)),          // B: review → pass (all time only)
        review("attn/q1", 1, false, at: at(-20, 10)),        // A: review → fail
        review("attn/q1", 3, true, at: at(-20, 10, 15)),     // A: relearning, not counted
        PracticeEvent(.lessonFinished(lesson: "l1"), at: at(-10, 8)),
        PracticeEvent(.lessonFinished(lesson: "l3"), at: at(-9, 8)),
        PracticeEvent(.lessonFinished(lesson: "l3"), at: at(-8, 8)),  // finished twice counts once
        PracticeEvent(.lessonFinished(lesson: "gone-lesson"), at: at(-8, 9)),
        review("mask/m1", 1, false, at: at(-3, 9)),          // D: new
        review("mask/m1", 4, true, at: at(-3, 9, 1)),        // D: learning, not counted
        review("attn/q1", 3, true, at: at(-2, 9)),           // A: review → pass
        PracticeEvent(.prediction(lesson: "l3", kernel: nil, tensor: "w", index: [0, 1], guess: 0.5, truth: 0.5, correct: true), at: at(-2, 10)),
        PracticeEvent(.prediction(lesson: "l3", kernel: nil, tensor: "w", index: [1, 1], guess: 0.1, truth: 0.5, correct: false), at: at(-2, 10, 1)),
        PracticeEvent(.prediction(lesson: "l3", kernel: "k", tensor: "y", index: [0], guess: 2, truth: 2, correct: true), at: at(-2, 10, 2)),
        review("attn/q1", 3, true, at: at(-1, 9)),           // A: review → pass
        review("attn/c1", 3, nil, at: at(-1, 11)),           // C: new (self-graded)
        review("attn/c1", 3, nil, at: at(-1, 11, 10)),       // C: learning, not counted
        review("attn/q1", 1, false, at: at(0, 8)),           // undone below: ignored everywhere
        PracticeEvent(.reviewUndone(card: "attn/q1", reviewedAt: at(0, 8)), at: at(0, 8, 0, 5)),
        review("attn/q1", 3, true, at: at(0, 8, 1)),         // A: review → pass
    ]

    static func make(_ events: [PracticeEvent] = events, now: Int = now, scheduler: FSRSScheduler = FSRSScheduler()) -> PracticeStats {
        PracticeStats.make(events: events, decks: decks, catalog: catalog,
                           states: CardStates(events: events, scheduler: scheduler), now: now)
    }

    @Test func trueRetentionCountsOnlyReviewsOfReviewStateCards() {
        let stats = Self.make()
        // All time: fails A@-20, X@-45; passes A@-2, A@-1, A@0, B@-35.
        #expect(stats.retentionAllTime == PracticeStats.Tally(right: 4, total: 6))
        // Last 30 days (from day -29): A@-20 fail; A@-2, A@-1, A@0 pass.
        #expect(stats.retentionRecent == PracticeStats.Tally(right: 3, total: 4))
        #expect(stats.retentionRecent.share == 0.75)
        #expect(stats.retentionRecent.wrong == 1)
    }

    @Test func accuracyPerDeckAndTagCountsAutoGradedReviewsOfKnownCards() {
        let stats = Self.make()
        // attn: q1 right 5 of 6 (the undone Again left out), q2 right 2 of 2; c1 is self-graded.
        // mask: m1 right 1 of 2. gone/x is in no deck. "empty" has no reviews: no row.
        #expect(stats.deckAccuracy == [
            .init(id: "attn", title: "Attention", tally: .init(right: 7, total: 8)),
            .init(id: "mask", title: "Masks", tally: .init(right: 1, total: 2)),
        ])
        #expect(stats.tagAccuracy == [
            .init(id: "masks", title: "masks", tally: .init(right: 1, total: 2)),
            .init(id: "scale", title: "scale", tally: .init(right: 5, total: 6)),
            .init(id: "softmax", title: "softmax", tally: .init(right: 7, total: 8)),
        ])
    }

    @Test func reviewCountsPerDayLeaveOutUndoneReviews() throws {
        let stats = Self.make()
        #expect(stats.totalReviews == 14)
        #expect(stats.reviewsToday == 1)
        // The calendar starts on Monday 2026-09-21, 25 weeks before this week, and ends today.
        #expect(stats.calendarStart == 20_717 * 86_400)
        #expect(UTCDay.isoDate(ofDay: 20_717) == "2026-09-21")
        #expect(stats.reviewsPerDay.count == 25 * 7 + 3)
        func count(_ offset: Int) -> Int { stats.reviewsPerDay[Self.today + offset - 20_717] }
        #expect(count(0) == 1)
        #expect(count(-1) == 3)
        #expect(count(-2) == 1)
        #expect(count(-3) == 2)
        #expect(count(-20) == 2)
        #expect(count(-4) == 0)
        #expect(stats.reviewsPerDay.reduce(0, +) == 14)
    }

    @Test func lessonsAndPredictions() {
        let stats = Self.make()
        #expect(stats.modules == [
            .init(id: "basics", title: "Basics", finished: 1, lessons: 2),
            .init(id: "tf", title: "Transformers", finished: 1, lessons: 1),
            .init(id: "later", title: "Later", finished: 0, lessons: 0),
        ])
        #expect(stats.lessonsFinished == (2, 3))
        #expect(stats.predictions == PracticeStats.Tally(right: 2, total: 3))
    }

    @Test func streakRunsUpToTodayOrYesterday() {
        // Reviews on days -3, -2, -1 and 0 (the undone review does not matter: 0 has another).
        #expect(Self.make().currentStreak == 4)
        #expect(Self.make().longestStreak == 4)
        // Tomorrow, before any review, the streak still stands; the day after it is broken.
        #expect(Self.make(now: Self.at(1, 12)).currentStreak == 4)
        #expect(Self.make(now: Self.at(2, 0)).currentStreak == 0)
        #expect(Self.make(now: Self.at(2, 0)).longestStreak == 4)
    }

    @Test func longestStreakCanBeOlderThanTheCurrentOne() {
        let days = [-12, -11, -10, -9, -8, -1, 0, 0]
        let events = days.enumerated().map { Self.review("attn/c1", 3, nil, at: Self.at($0.element, 9, $0.offset)) }
        let stats = Self.make(events)
        #expect(stats.currentStreak == 2)
        #expect(stats.longestStreak == 5)
    }

    @Test func anUndoneReviewAloneDoesNotMakeAStreakDay() {
        let events = [
            Self.review("attn/c1", 3, nil, at: Self.at(-1, 9)),
            Self.review("attn/c1", 3, nil, at: Self.at(0, 9)),
            PracticeEvent(.reviewUndone(card: "attn/c1", reviewedAt: Self.at(0, 9)), at: Self.at(0, 9, 0, 3)),
        ]
        let stats = Self.make(events)
        #expect(stats.reviewsToday == 0)
        #expect(stats.totalReviews == 1)
        #expect(stats.currentStreak == 1)
    }

    @Test func forecastBucketsCardsByUTCDay() throws {
        // Fuzz off and Easy's initial stability set to 35 days: a new card rated Easy is due
        // exactly 35 days later (at 90 % desired retention the interval equals the stability).
        var weights = FSRSParameters.defaultWeights
        weights[3] = 35
        let scheduler = FSRSScheduler(try FSRSParameters(weights: weights, enableFuzzing: false))
        let decks = [QuizDeck(id: "f", title: "Forecast", items: ["e1", "e2", "e3", "e4", "e5", "e6", "l1", "n1"].map { Self.item("f", $0, tags: []) })]
        let events = [
            Self.review("f/e1", 4, nil, at: Self.at(-2, 10)),          // due day +33: after the window
            Self.review("f/e2", 4, nil, at: Self.at(-30, 10)),         // due day +5
            Self.review("f/e3", 4, nil, at: Self.at(-40, 10)),         // due day -5: overdue
            Self.review("f/e4", 4, nil, at: Self.at(-29, 23, 59, 59)), // due day +6 at 23:59:59
            Self.review("f/e5", 4, nil, at: Self.at(-35, 12, 0, 1)),   // due a second after now
            Self.review("f/e6", 4, nil, at: Self.at(-35, 12)),         // due exactly now
            Self.review("f/l1", 3, nil, at: Self.at(-1, 10)),          // learning step: due day -1 10:10
            Self.review("gone/x", 4, nil, at: Self.at(-34, 10)),       // no deck: never counted
        ]
        let stats = PracticeStats.make(events: events, decks: decks, catalog: Self.catalog,
                                       states: CardStates(events: events, scheduler: scheduler), now: Self.now)
        var expected = [Int](repeating: 0, count: 30)
        expected[0] = 4  // e3, e5, e6, l1
        expected[5] = 1
        expected[6] = 1
        #expect(stats.forecast == expected)
        #expect(stats.dueNow == 3)  // e3, e6, l1
        #expect(stats.dueLater == 1)
        #expect(stats.newCards == 1)
        #expect(stats.today == Self.today * 86_400)
    }

    @Test func averageRecallFollowsTheForgettingCurve() throws {
        // One card rated Easy two days ago: stability w3 = 8.2956 days, decay w20 = 0.1542.
        // R = (1 + f·t/S)^(−decay) with f = 0.9^(−1/decay) − 1, worked out with Python: 0.96781335.
        let decks = [QuizDeck(id: "r", title: "Recall", items: [Self.item("r", "a", tags: [])])]
        let events = [Self.review("r/a", 4, nil, at: Self.now - 2 * 86_400)]
        let stats = PracticeStats.make(events: events, decks: decks, catalog: Self.catalog,
                                       states: CardStates(events: events), now: Self.now)
        let recall = try #require(stats.averageRecall)
        #expect(abs(recall - 0.967_813_35) < 1e-6)
        #expect(Self.make([]).averageRecall == nil)
    }

    @Test func emptyLogGivesZeroes() {
        let stats = Self.make([])
        #expect(stats.totalReviews == 0)
        #expect(stats.retentionAllTime.share == nil)
        #expect(stats.deckAccuracy.isEmpty)
        #expect(stats.currentStreak == 0)
        #expect(stats.newCards == 5)
        #expect(stats.forecast == [Int](repeating: 0, count: 30))
        #expect(stats.reviewsPerDay.allSatisfy { $0 == 0 })
    }

    @Test func utcDayNamesAndWeekdays() {
        #expect(UTCDay.weekdayName(ofDay: 0) == "Thu")  // 1970-01-01
        #expect(UTCDay.weekdayName(ofDay: Self.today) == "Wed")
        #expect(UTCDay.weekdayName(ofDay: -1) == "Wed")
        #expect(UTCDay.number(of: -1) == -1)
        #expect(UTCDay.isoDate(ofDay: Self.today) == "2027-03-17")
    }
}
