import Foundation

/// The FSRS-6 scheduler: given a card and a rating, where the card goes next.
///
/// A faithful reimplementation of py-fsrs 6.3.2's `Scheduler.review_card`
/// (described in /work/shared/reference/FSRS.md). With fuzzing off it matches
/// the reference to ~1e-15 on stability and difficulty and exactly on due
/// times. Pure value type: no clock and no global randomness, so callers pass
/// the review time and (when fuzzing) a per-card seed.
public struct FSRSScheduler: Sendable {
    public let parameters: FSRSParameters
    let model: FSRSMemoryModel

    public init(_ parameters: FSRSParameters = .defaults) {
        self.parameters = parameters
        self.model = FSRSMemoryModel(parameters)
    }

    /// The card after a review with `rating` at `now`.
    ///
    /// - Parameter fuzzSeed: seeds the interval fuzz when `parameters.enableFuzzing`
    ///   is on and the card lands in `review`; use `FSRSFuzz.seed(cardID:reviewCount:)`.
    ///   Without one, a seed is derived from the card's last review and `now`, so the
    ///   result is still deterministic.
    public func review(_ card: SchedulerCard, rating: Rating, at now: Date,
                       fuzzSeed: UInt64? = nil) -> SchedulerCard {
        var next = card
        let elapsedDays = card.lastReview.map { Self.elapsedDays(from: $0, to: now) }
        let interval: Interval

        switch card.state {
        case .learning:
            updateMemory(&next, rating: rating, elapsedDays: elapsedDays)
            interval = stepInterval(&next, rating: rating, steps: parameters.learningSteps)
        case .relearning:
            updateMemory(&next, rating: rating, elapsedDays: elapsedDays)
            interval = stepInterval(&next, rating: rating, steps: parameters.relearningSteps)
        case .review:
            updateMemory(&next, rating: rating, elapsedDays: elapsedDays)
            if rating == .again, let firstStep = parameters.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                interval = .seconds(firstStep)
            } else {
                interval = .days(model.intervalDays(stability: next.stability ?? 0))
            }
        }

        var seconds: TimeInterval
        switch interval {
        case .seconds(let duration):
            seconds = duration
        case .days(var days):
            if parameters.enableFuzzing && next.state == .review {
                let seed = fuzzSeed ?? Self.derivedSeed(card: card, now: now)
                days = FSRSFuzz.fuzzedDays(days, maximumInterval: parameters.maximumInterval, seed: seed)
            }
            seconds = TimeInterval(days) * 86_400
        }
        next.due = now.addingTimeInterval(seconds)
        next.lastReview = now
        return next
    }

    /// What each of the four buttons would do to `card` at `now` (for showing
    /// the next interval on the buttons). Pass the same `fuzzSeed` as the real
    /// review will use so the preview and the outcome agree.
    public func preview(_ card: SchedulerCard, at now: Date,
                        fuzzSeed: UInt64? = nil) -> [Rating: SchedulerCard] {
        var outcomes: [Rating: SchedulerCard] = [:]
        for rating in Rating.allCases {
            outcomes[rating] = review(card, rating: rating, at: now, fuzzSeed: fuzzSeed)
        }
        return outcomes
    }

    /// Probability that the learner recalls `card` at `date`; 0 for a new card.
    ///
    /// Like py-fsrs, time counts in whole elapsed days since the last review.
    public func retrievability(of card: SchedulerCard, at date: Date) -> Double {
        guard let last = card.lastReview, let stability = card.stability else { return 0 }
        return model.retrievability(elapsedDays: Self.elapsedDays(from: last, to: date),
                                    stability: stability)
    }

    /// The whole-day interval FSRS gives a review-state card of this stability
    /// (before fuzz): ties round to even like Python, clamped to 1…maximum interval.
    public func intervalDays(forStability stability: Double) -> Int {
        model.intervalDays(stability: stability)
    }

    /// Complete 24-hour periods from `start` to `end`, rounded towards minus
    /// infinity (Python's `timedelta.days`), not a calendar-date difference.
    public static func elapsedDays(from start: Date, to end: Date) -> Int {
        let days = (end.timeIntervalSince(start) / 86_400).rounded(.down)
        guard days.isFinite else { return days > 0 ? Int.max : Int.min }
        return Int(max(min(days, 1e15), -1e15))
    }

    private enum Interval {
        case seconds(TimeInterval)
        case days(Int)
    }

    /// Updates stability then difficulty; stability always sees the old difficulty.
    private func updateMemory(_ card: inout SchedulerCard, rating: Rating, elapsedDays: Int?) {
        guard let stability = card.stability, let difficulty = card.difficulty else {
            card.stability = model.initialStability(rating)
            card.difficulty = model.initialDifficulty(rating)
            return
        }
        if let elapsedDays, elapsedDays < 1 {
            card.stability = model.shortTermStability(stability, rating)
        } else {
            // A card with stability but no last review cannot come from `review`;
            // treat it like py-fsrs does (retrievability 0).
            let r = elapsedDays.map { model.retrievability(elapsedDays: $0, stability: stability) } ?? 0
            card.stability = model.longTermStability(difficulty: difficulty, stability: stability,
                                                     retrievability: r, rating: rating)
        }
        card.difficulty = model.nextDifficulty(difficulty, rating)
    }

    /// The (re)learning step logic shared by `learning` and `relearning`.
    private func stepInterval(_ card: inout SchedulerCard, rating: Rating,
                              steps: [TimeInterval]) -> Interval {
        let step = card.step ?? 0
        if steps.isEmpty || (step >= steps.count && rating != .again) {
            return graduate(&card)
        }
        switch rating {
        case .again:
            card.step = 0
            return .seconds(steps[0])
        case .hard:
            card.step = step
            if step == 0 {
                return .seconds(steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2)
            }
            return .seconds(steps[min(step, steps.count - 1)])
        case .good:
            if step + 1 >= steps.count { return graduate(&card) }
            card.step = step + 1
            return .seconds(steps[step + 1])
        case .easy:
            return graduate(&card)
        }
    }

    private func graduate(_ card: inout SchedulerCard) -> Interval {
        card.state = .review
        card.step = nil
        return .days(model.intervalDays(stability: card.stability ?? 0))
    }

    /// A fallback fuzz seed that depends only on the card's history and the review time.
    private static func derivedSeed(card: SchedulerCard, now: Date) -> UInt64 {
        let last = card.lastReview?.timeIntervalSince1970 ?? 0
        var mixer = SplitMix64(seed: now.timeIntervalSince1970.bitPattern &* 31 ^ last.bitPattern)
        return mixer.next()
    }
}
