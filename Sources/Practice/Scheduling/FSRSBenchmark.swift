import Foundation

/// Inputs and timing hooks for the FSRS replay budget (SPEC §9: ≥ 1,000,000 reviews/s).
///
/// `attend-bench` builds a synthetic log here and times either the whole CSV
/// replay (`SRSReplay.run`) or scheduling alone (`ReplayEngine.run` on
/// `syntheticReviews`), so parsing and formatting costs can be told apart.
public enum FSRSBenchmark {
    /// A time-sorted review log shaped like real use: each card is first seen on a
    /// random day, then reviewed around its due time (sometimes early, sometimes
    /// very late, sometimes again the same day) with mostly Good ratings and some
    /// lapses. The same arguments always give the same log.
    public static func syntheticReviews(reviews: Int, cards: Int, seed: UInt64) -> [ReplayReview] {
        let cardCount = max(1, min(cards, max(reviews, 1)))
        var random = SplitMix64(seed: seed)
        let scheduler = FSRSScheduler(.replay)
        let start = 1_767_225_600.0  // 2026-01-01T00:00:00Z
        var pending: [(time: Double, card: Int)] = []
        var states: [SchedulerCard] = []
        for card in 0..<cardCount {
            let first = start + Double(random.next() % (365 * 86_400))
            pending.append((first, card))
            states.append(.new(dueAt: Date(timeIntervalSince1970: first)))
        }
        // Generate each card's history by following the scheduler, then merge by time.
        var perCard = Array(repeating: 0, count: cardCount)
        for index in 0..<reviews { perCard[index % cardCount] += 1 }
        var log: [(time: Double, review: ReplayReview)] = []
        log.reserveCapacity(reviews)
        for card in 0..<cardCount {
            var time = pending[card].time
            var state = states[card]
            let id = "card-\(card)"
            for _ in 0..<perCard[card] {
                let rating = syntheticRating(&random)
                let date = Date(timeIntervalSince1970: time)
                log.append((time, ReplayReview(cardID: id, reviewedAt: date, rating: rating)))
                state = scheduler.review(state, rating: rating, at: date)
                time = nextReviewTime(after: time, due: state.due.timeIntervalSince1970, &random)
            }
        }
        log.sort { $0.time < $1.time }
        return log.map(\.review)
    }

    /// The same log as `syntheticReviews`, written as replay CSV with a header.
    public static func syntheticLog(reviews: Int, cards: Int, seed: UInt64) -> String {
        var out: [UInt8] = Array(SRSReplay.inputHeader.utf8)
        out.append(10)
        for review in syntheticReviews(reviews: reviews, cards: cards, seed: seed) {
            out.append(contentsOf: review.cardID.utf8)
            out.append(44)
            UTCTimestamp.append(review.reviewedAt.timeIntervalSince1970, to: &out)
            out.append(44)
            out.append(UInt8(48 + review.rating.rawValue))
            out.append(10)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Replays `reviews` through the scheduler only and returns how many were
    /// scheduled (a result the optimiser cannot throw away).
    public static func scheduleOnly(_ reviews: [ReplayReview]) -> Int {
        var engine = ReplayEngine()
        var scheduled = 0
        for review in reviews {
            if case .scheduled = engine.apply(review) { scheduled += 1 }
        }
        return scheduled
    }

    private static func syntheticRating(_ random: inout SplitMix64) -> Rating {
        switch random.next() % 100 {
        case 0..<12: .again
        case 12..<22: .hard
        case 22..<90: .good
        default: .easy
        }
    }

    /// Whole seconds, at most half a year after the last review, so a long
    /// history stays within this century (and inside py-fsrs's datetime range).
    private static func nextReviewTime(after time: Double, due: Double, _ random: inout SplitMix64) -> Double {
        let gap = max(due - time, 60)
        let next: Double
        switch random.next() % 20 {
        case 0: next = time + Double(30 + random.next() % 7_200)        // again the same day
        case 1: next = time + gap * 0.3                                 // very early
        case 2: next = time + gap * Double(3 + random.next() % 10)      // very late
        default: next = due + Double(random.next() % 43_200)            // around the due time
        }
        return min(next, time + 180 * 86_400).rounded(.down)
    }
}
