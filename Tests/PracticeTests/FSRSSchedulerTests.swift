import Foundation
import Testing
@testable import Practice

/// Scheduler behaviour against numbers printed by py-fsrs 6.3.2 (fuzz off).
@Suite struct FSRSSchedulerTests {
    let scheduler = FSRSTestSupport.replayScheduler
    let start = FSRSTestSupport.date("2026-01-05T09:30:00Z")

    func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance
    }

    struct FirstReview: Sendable {
        var rating: Rating
        var state: CardState
        var step: Int?
        var stability: Double
        var difficulty: Double
        var due: String
    }

    // S0 = w[G-1]; D0 = w4 - e^(w5 (G-1)) + 1, clamped: by hand 6.4133, 6.4133 - e^0.8334 + 1,
    // 6.4133 - e^1.6668 + 1, and 1 for Easy (raw -4.77); confirmed with py-fsrs 6.3.2.
    static let firstReviews: [FirstReview] = [
        FirstReview(rating: .again, state: .learning, step: 0, stability: 0.212, difficulty: 6.4133,
                    due: "2026-01-05T09:31:00Z"),
        FirstReview(rating: .hard, state: .learning, step: 0, stability: 1.2931,
                    difficulty: 5.112170705601056, due: "2026-01-05T09:35:30Z"),
        FirstReview(rating: .good, state: .learning, step: 1, stability: 2.3065,
                    difficulty: 2.118103970459016, due: "2026-01-05T09:40:00Z"),
        FirstReview(rating: .easy, state: .review, step: nil, stability: 8.2956, difficulty: 1.0,
                    due: "2026-01-13T09:30:00Z"),
    ]

    @Test(arguments: firstReviews)
    func firstReviewOfANewCard(_ expected: FirstReview) {
        let card = scheduler.review(.new(dueAt: start), rating: expected.rating, at: start)
        #expect(card.state == expected.state)
        #expect(card.step == expected.step)
        #expect(close(card.stability, expected.stability))
        #expect(close(card.difficulty, expected.difficulty))
        #expect(FSRSTestSupport.iso(card.due) == expected.due)
        #expect(card.lastReview == start)
    }

    /// FSRS.md §9: one card through learning, review, a lapse, relearning and same-day reviews.
    @Test func workedTraceFromTheReference() {
        let trace: [(String, Rating, CardState, Int?, Double, Double, String)] = [
            ("2026-01-05T09:30:00Z", .good, .learning, 1, 2.3065, 2.118103970459016, "2026-01-05T09:40:00Z"),
            ("2026-01-05T09:40:00Z", .good, .review, nil, 2.3065, 2.111214235785395, "2026-01-07T09:40:00Z"),
            ("2026-01-07T09:40:00Z", .good, .review, nil, 10.971048263078135, 2.1043313908464483, "2026-01-18T09:40:00Z"),
            ("2026-01-18T09:40:00Z", .again, .relearning, 0, 1.53901253028147, 7.389975788014609, "2026-01-18T09:50:00Z"),
            ("2026-01-18T09:50:00Z", .good, .review, nil, 1.5718415897918614, 7.377814181523433, "2026-01-20T09:50:00Z"),
            ("2026-01-23T09:50:00Z", .hard, .review, nil, 5.060102568683025, 8.244499229132952, "2026-01-28T09:50:00Z"),
            ("2026-01-28T09:50:00Z", .easy, .review, nil, 15.707568115181997, 7.643121047141945, "2026-02-13T09:50:00Z"),
            ("2026-01-28T10:50:00Z", .good, .review, nil, 15.707568115181997, 7.630706295391642, "2026-02-13T10:50:00Z"),
            ("2026-01-28T11:20:00Z", .again, .relearning, 0, 4.652459739293243, 9.206457639789262, "2026-01-28T11:30:00Z"),
            ("2026-01-28T11:30:00Z", .hard, .relearning, 0, 4.652459739293243, 9.458437971514963, "2026-01-28T11:45:00Z"),
            ("2026-01-28T11:45:00Z", .good, .review, nil, 4.652459739293243, 9.444207902840285, "2026-02-02T11:45:00Z"),
        ]
        var card = SchedulerCard.new(dueAt: start)
        for (index, row) in trace.enumerated() {
            card = scheduler.review(card, rating: row.1, at: FSRSTestSupport.date(row.0))
            #expect(card.state == row.2, "row \(index + 1)")
            #expect(card.step == row.3, "row \(index + 1)")
            #expect(close(card.stability, row.4), "row \(index + 1): S \(card.stability ?? -1)")
            #expect(close(card.difficulty, row.5), "row \(index + 1): D \(card.difficulty ?? -1)")
            #expect(FSRSTestSupport.iso(card.due) == row.6, "row \(index + 1)")
        }
    }

    /// A review card (S 2.3065, D 2.111214…, last review 09:40) seen again 86,399 s,
    /// 86,400 s and -3,600 s later: whole 24-hour periods decide short- vs long-term.
    @Test(arguments: [
        (86_399, Rating.good, 2.3065, "2026-01-08T09:39:59Z"),
        (86_399, Rating.again, 0.7750839828558984, "2026-01-06T09:49:59Z"),
        (86_400, Rating.good, 7.319186097840142, "2026-01-13T09:40:00Z"),
        (86_400, Rating.again, 0.5714134771596958, "2026-01-06T09:50:00Z"),
        (-3_600, Rating.good, 2.3065, "2026-01-07T08:40:00Z"),
    ])
    func elapsedDaysCountWholeDayPeriods(seconds: Int, rating: Rating, stability: Double, due: String) {
        var card = scheduler.review(.new(dueAt: start), rating: .good, at: start)
        let last = start.addingTimeInterval(600)
        card = scheduler.review(card, rating: .good, at: last)
        let next = scheduler.review(card, rating: rating, at: last.addingTimeInterval(TimeInterval(seconds)))
        #expect(close(next.stability, stability))
        #expect(close(next.difficulty, rating == .good ? 2.1043313908464483 : 7.392238132342694))
        #expect(FSRSTestSupport.iso(next.due) == due)
    }

    /// The step logic ignores lateness, but memory uses long-term formulas (py-fsrs values).
    @Test func lateLearningReviewKeepsStepsButUsesLongTermMemory() {
        let learning = scheduler.review(.new(dueAt: start), rating: .good, at: start)
        let hard = scheduler.review(learning, rating: .hard, at: start.addingTimeInterval(3 * 86_400))
        #expect(hard.state == .learning && hard.step == 1)
        #expect(close(hard.stability, 9.234870781784839))
        #expect(close(hard.difficulty, 4.752858488532557))
        #expect(FSRSTestSupport.iso(hard.due) == "2026-01-08T09:40:00Z")

        let again = scheduler.review(learning, rating: .again, at: start.addingTimeInterval(3_650 * 86_400))
        #expect(again.state == .learning && again.step == 0)
        #expect(close(again.stability, 1.599964289737807))
        #expect(close(again.difficulty, 7.394502741279718))
        #expect(FSRSTestSupport.iso(again.due) == "2036-01-03T09:31:00Z")
    }

    /// Python's round() sends ties to the even neighbour: 2.5 → 2, 3.5 → 4, 4.5 → 4.
    @Test(arguments: [(0.49, 1), (0.5, 1), (1.5, 2), (2.5, 2), (3.5, 4), (4.5, 4), (36_499.6, 36_500), (36_501, 36_500), (1e300, 36_500)])
    func intervalRoundsHalfToEven(stability: Double, days: Int) {
        #expect(scheduler.intervalDays(forStability: stability) == days)
    }

    /// An initial Easy stability of exactly k + 0.5 shows the tie rule on a real due date (py-fsrs dates).
    @Test(arguments: [(2.5, "2026-01-07T09:30:00Z"), (3.5, "2026-01-09T09:30:00Z"), (4.5, "2026-01-09T09:30:00Z")])
    func firstEasyWithTieStability(initialEasy: Double, due: String) throws {
        var weights = FSRSParameters.defaultWeights
        weights[3] = initialEasy
        let custom = FSRSScheduler(try FSRSParameters(weights: weights, enableFuzzing: false))
        let card = custom.review(.new(dueAt: start), rating: .easy, at: start)
        #expect(FSRSTestSupport.iso(card.due) == due)
    }

    @Test func maximumIntervalCapsTheDueDate() throws {
        let capped = FSRSScheduler(try FSRSParameters(maximumInterval: 100, enableFuzzing: false))
        var card = capped.review(.new(dueAt: start), rating: .easy, at: start)
        let late = start.addingTimeInterval(400 * 86_400)
        card = capped.review(card, rating: .easy, at: late)
        #expect(close(card.stability, 314.1932395166642))  // py-fsrs, uncapped stability
        #expect(card.due == late.addingTimeInterval(100 * 86_400))

        let huge = SchedulerCard(state: .review, step: nil, stability: 1e7, difficulty: 5,
                                 lastReview: start, due: start)
        let next = scheduler.review(huge, rating: .good, at: start.addingTimeInterval(86_400))
        #expect(next.due == start.addingTimeInterval(86_400 + 36_500 * 86_400))
    }

    @Test func repeatedSameDayAgainFloorsStabilityAtOneThousandth() {
        var card = SchedulerCard.new(dueAt: start)
        var stabilities: [Double] = []
        for minute in 0..<8 {
            card = scheduler.review(card, rating: .again, at: start.addingTimeInterval(TimeInterval(minute * 60)))
            stabilities.append(card.stability ?? -1)
        }
        // py-fsrs: 0.212, 0.0833567…, …, 0.0018225…, then the 0.001 floor at the 8th review.
        #expect(close(stabilities[1], 0.08335671711031604))
        #expect(close(stabilities[6], 0.00182252048908479))
        #expect(stabilities[7] == 0.001)
        #expect(card.state == .learning && card.step == 0)
    }

    /// py-fsrs get_card_retrievability after Good, Good (S = 2.3065).
    @Test(arguments: [(0, 1.0), (1, 0.9468474993825461), (2, 0.9094932559773545), (30, 0.6675263338730357)])
    func retrievabilityFollowsThePowerLawCurve(days: Int, expected: Double) {
        var card = scheduler.review(.new(dueAt: start), rating: .good, at: start)
        card = scheduler.review(card, rating: .good, at: start.addingTimeInterval(600))
        let at = start.addingTimeInterval(600 + TimeInterval(days * 86_400))
        #expect(close(scheduler.retrievability(of: card, at: at), expected, 1e-12))
        #expect(scheduler.retrievability(of: .new(dueAt: start), at: at) == 0)
    }

    @Test func previewShowsEachButtonsOutcome() {
        let preview = scheduler.preview(.new(dueAt: start), at: start)
        #expect(preview.count == 4)
        #expect(preview[.again]?.due == start.addingTimeInterval(60))
        #expect(preview[.hard]?.due == start.addingTimeInterval(330))
        #expect(preview[.good]?.due == start.addingTimeInterval(600))
        #expect(preview[.easy]?.due == start.addingTimeInterval(8 * 86_400))
    }

    @Test func relearningHardWaitsOneAndAHalfSteps() {
        var card = scheduler.review(.new(dueAt: start), rating: .easy, at: start)
        card = scheduler.review(card, rating: .again, at: start.addingTimeInterval(8 * 86_400))
        #expect(card.state == .relearning)
        let hard = scheduler.review(card, rating: .hard, at: start.addingTimeInterval(8 * 86_400 + 600))
        #expect(hard.state == .relearning && hard.step == 0)
        #expect(hard.due == start.addingTimeInterval(8 * 86_400 + 600 + 900))
    }
}
