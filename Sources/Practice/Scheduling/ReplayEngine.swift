import Foundation

/// One review to replay: which card, when, and how it went.
public struct ReplayReview: Hashable, Sendable {
    public var cardID: String
    public var reviewedAt: Date
    public var rating: Rating

    public init(cardID: String, reviewedAt: Date, rating: Rating) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
    }
}

/// Replays reviews in log order, keeping every card's FSRS state by card id.
///
/// The core of `attend srs replay`, separate from CSV parsing so the
/// benchmark can time scheduling alone. Every card id starts as a new card.
public struct ReplayEngine: Sendable {
    public let scheduler: FSRSScheduler
    public private(set) var cards: [String: SchedulerCard] = [:]

    /// A replay scheduler: defaults with fuzzing off, as py-fsrs's `Scheduler(enable_fuzzing=False)`.
    public init(scheduler: FSRSScheduler = FSRSScheduler(.replay)) {
        self.scheduler = scheduler
    }

    /// What happened to one review.
    public enum Outcome: Equatable, Sendable {
        /// The card's state after the review.
        case scheduled(SchedulerCard)
        /// The review is earlier than the card's previous one; the card was left unchanged.
        case outOfOrder(previous: Date)
    }

    /// Applies one review and returns the card's new state.
    public mutating func apply(cardID: String, at date: Date, rating: Rating) -> Outcome {
        let scheduler = self.scheduler
        return Self.update(&cards[cardID, default: SchedulerCard.new(dueAt: date)]) { card in
            if let previous = card.lastReview, previous > date { return .outOfOrder(previous: previous) }
            card = scheduler.review(card, rating: rating, at: date)
            return .scheduled(card)
        }
    }

    public mutating func apply(_ review: ReplayReview) -> Outcome {
        apply(cardID: review.cardID, at: review.reviewedAt, rating: review.rating)
    }

    /// Replays a whole list and returns one outcome per review, in order.
    public static func run(_ reviews: [ReplayReview],
                           scheduler: FSRSScheduler = FSRSScheduler(.replay)) -> [Outcome] {
        var engine = ReplayEngine(scheduler: scheduler)
        engine.cards.reserveCapacity(min(reviews.count, 1 << 16))
        return reviews.map { engine.apply($0) }
    }

    /// One dictionary lookup for read-modify-write, instead of a read then a write.
    private static func update(_ card: inout SchedulerCard,
                               _ body: (inout SchedulerCard) -> Outcome) -> Outcome {
        body(&card)
    }
}
