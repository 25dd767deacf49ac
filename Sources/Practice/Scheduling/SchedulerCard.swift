import Foundation

/// The scheduling state of one card: what FSRS remembers between reviews.
///
/// Mirrors py-fsrs's `Card` without the id (the caller keys cards however it
/// likes). A new card is `learning` at step 0 with no stability, difficulty or
/// last review; its `due` is only a display value until the first review.
public struct SchedulerCard: Hashable, Sendable {
    public var state: CardState
    /// The (re)learning step index; nil once the card is in `review`.
    public var step: Int?
    /// Days until recall probability falls to 90 %; nil before the first review.
    public var stability: Double?
    /// 1 (easy) … 10 (hard); nil before the first review.
    public var difficulty: Double?
    /// When the card was last reviewed; nil for a new card.
    public var lastReview: Date?
    /// When the card should next be shown.
    public var due: Date

    public init(state: CardState = .learning, step: Int? = 0, stability: Double? = nil,
                difficulty: Double? = nil, lastReview: Date? = nil, due: Date) {
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.lastReview = lastReview
        self.due = due
    }

    /// A card that has never been reviewed, due at `date` (usually when it was added).
    public static func new(dueAt date: Date) -> SchedulerCard {
        SchedulerCard(due: date)
    }

    /// True before the first review.
    public var isNew: Bool { stability == nil || difficulty == nil }
}
