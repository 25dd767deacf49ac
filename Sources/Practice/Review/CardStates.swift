import Foundation

/// Every card's FSRS state, derived by replaying the review events of the log (SPEC §6).
///
/// A `.reviewUndone(card, reviewedAt)` cancels the latest earlier review of that card made at
/// that second, so replay skips it. Interval fuzz is seeded per card and review count
/// (`FSRSFuzz.seed(cardID:reviewCount:)`): the same log always gives the same schedule, and
/// the preview shown on a rating button is the outcome the rating then gets.
///
/// Cards that no deck defines any more (an item renamed or deleted) are kept, so their
/// history comes back if the item does; the due queue simply never asks for them.
public struct CardStates: Sendable {
    /// One card's state with the reviews that made it, kept so an undo can replay the card.
    public struct Entry: Sendable, Equatable {
        public var card: SchedulerCard
        /// The reviews still in force, oldest first.
        public var reviews: [Review]
        /// `FSRSFuzz.cardHash` of the card id, computed once for the fuzz seeds.
        public var cardHash: UInt64
        /// When the card was first reviewed (it stopped being new), whole seconds UTC.
        public var firstReviewedAt: Int? { reviews.first?.at }
    }

    /// One review still in force.
    public struct Review: Sendable, Equatable {
        public var at: Int
        public var rating: Rating
        /// The card's state just before this review; nil for its first. (True retention counts
        /// only reviews of cards in the review state.)
        public var stateBefore: CardState? = nil
    }

    public let scheduler: FSRSScheduler
    public private(set) var entries: [String: Entry] = [:]

    /// No history: every card is new.
    public init(scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
    }

    /// Replays the log's review events in order, skipping the ones later undone.
    ///
    /// A long log is replayed on the two cores: cards are split into two shards (`CardShard`),
    /// each shard walks the log and replays its own cards' reviews in log order, and the two
    /// results are merged. Cards never interact, so the result is the same as one pass.
    public init(events: [PracticeEvent], scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
        let cancelled = Self.cancelledReviews(in: events)
        guard events.count > 20_000 else {
            replay(events, cancelled: cancelled, shard: 0, of: 1)
            return
        }
        var shards = [CardStates(scheduler: scheduler), CardStates(scheduler: scheduler)]
        updateOnCores(&shards) { i, shard in shard.replay(events, cancelled: cancelled, shard: i, of: 2) }
        entries = shards[0].entries
        entries.merge(shards[1].entries) { first, _ in first }
    }

    /// Replays, in log order, the reviews of the cards whose shard key falls to `shard`.
    private mutating func replay(_ events: [PracticeEvent], cancelled: Set<Int>, shard: Int, of shards: Int) {
        entries.reserveCapacity(min(events.count / shards, 1 << 14))
        let checkCancelled = !cancelled.isEmpty
        for index in events.indices {
            guard case .review(let card, let rawRating, _, _) = events[index].kind,
                  CardShard.of(card, shards: shards) == shard,
                  let rating = Rating(rawValue: rawRating),
                  !checkCancelled || !cancelled.contains(index) else { continue }
            record(card, Review(at: events[index].at, rating: rating))
        }
    }

    /// Indices of review events cancelled by a later undo. Undos are rare and usually follow
    /// their review closely, so a backward scan from each undo costs next to nothing.
    static func cancelledReviews(in events: [PracticeEvent]) -> Set<Int> {
        var cancelled: Set<Int> = []
        for (index, event) in events.enumerated() {
            guard case .reviewUndone(let card, let reviewedAt) = event.kind else { continue }
            var k = index - 1
            while k >= 0 {
                if case .review(card, _, _, _) = events[k].kind, events[k].at == reviewedAt, !cancelled.contains(k) {
                    cancelled.insert(k)
                    break
                }
                k -= 1
            }
        }
        return cancelled
    }

    /// Brings the states up to date with an event just saved (reviews and undos; others are ignored).
    public mutating func apply(_ event: PracticeEvent) {
        switch event.kind {
        case .review(let card, let rawRating, _, _):
            guard let rating = Rating(rawValue: rawRating) else { return }
            record(card, Review(at: event.at, rating: rating))
        case .reviewUndone(let card, let reviewedAt):
            guard var entry = entries[card],
                  let index = entry.reviews.lastIndex(where: { $0.at == reviewedAt }) else { return }
            entry.reviews.remove(at: index)
            if entry.reviews.isEmpty {
                entries[card] = nil
            } else {
                (entry.card, entry.reviews) = replay(entry.reviews, cardHash: entry.cardHash)
                entries[card] = entry
            }
        default:
            break
        }
    }

    public mutating func apply(_ events: [PracticeEvent]) {
        for event in events { apply(event) }
    }

    /// The card's state; nil for a card never reviewed (a new card).
    public subscript(cardID: String) -> SchedulerCard? { entries[cardID]?.card }

    /// How many reviews are in force for the card.
    public func reviewCount(_ cardID: String) -> Int { entries[cardID]?.reviews.count ?? 0 }

    /// The fuzz seed the card's next review will use.
    public func nextFuzzSeed(_ cardID: String) -> UInt64 {
        FSRSFuzz.seed(cardID: cardID, reviewCount: reviewCount(cardID))
    }

    /// What each rating would do to the card at `now`, with the seed the real review uses.
    public func preview(_ cardID: String, at now: Int) -> [Rating: SchedulerCard] {
        let date = Date(timeIntervalSince1970: TimeInterval(now))
        let card = self[cardID] ?? .new(dueAt: date)
        return scheduler.preview(card, at: date, fuzzSeed: nextFuzzSeed(cardID))
    }

    /// Each rating's next interval as a button shows it ("10m", "3d"), previewed at `now`.
    public func intervalLabels(_ cardID: String, at now: Int) -> [Rating: String] {
        preview(cardID, at: now).mapValues { IntervalText.format(seconds: $0.due.timeIntervalSince1970 - Double(now)) }
    }

    /// Number of cards whose first review falls in `start ..< end` (cards introduced then).
    public func introducedCount(from start: Int, to end: Int, among cardIDs: Set<String>? = nil) -> Int {
        var count = 0
        for (id, entry) in entries {
            guard let first = entry.firstReviewedAt, first >= start, first < end else { continue }
            if let cardIDs, !cardIDs.contains(id) { continue }
            count += 1
        }
        return count
    }

    // MARK: - Replay

    private mutating func record(_ cardID: String, _ review: Review) {
        let scheduler = self.scheduler
        let date = Date(timeIntervalSince1970: TimeInterval(review.at))
        // The defaulted subscript modifies the entry in place: one hash lookup, no array copy.
        Self.modify(&entries[cardID, default: Entry(card: .new(dueAt: date), reviews: [], cardHash: FSRSFuzz.cardHash(cardID))]) { entry in
            let seed = FSRSFuzz.seed(cardHash: entry.cardHash, reviewCount: entry.reviews.count)
            var review = review
            review.stateBefore = entry.reviews.isEmpty ? nil : entry.card.state
            entry.card = scheduler.review(entry.card, rating: review.rating, at: date, fuzzSeed: seed)
            entry.reviews.append(review)
        }
    }

    private static func modify(_ entry: inout Entry, _ body: (inout Entry) -> Void) {
        body(&entry)
    }

    /// A card's state from its reviews alone (after an undo removed one of them), and the
    /// reviews with the states before each set again.
    private func replay(_ reviews: [Review], cardHash: UInt64) -> (SchedulerCard, [Review]) {
        var card = SchedulerCard.new(dueAt: Date(timeIntervalSince1970: TimeInterval(reviews[0].at)))
        var replayed = reviews
        for (count, review) in reviews.enumerated() {
            replayed[count].stateBefore = count == 0 ? nil : card.state
            card = scheduler.review(card, rating: review.rating, at: Date(timeIntervalSince1970: TimeInterval(review.at)),
                                    fuzzSeed: FSRSFuzz.seed(cardHash: cardHash, reviewCount: count))
        }
        return (card, replayed)
    }
}
