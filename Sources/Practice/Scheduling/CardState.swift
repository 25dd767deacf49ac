/// Where a card is in the FSRS life cycle.
///
/// The raw value is the name used in replay CSVs and exports (`learning`,
/// `review`, `relearning`); `number` is py-fsrs's integer code.
public enum CardState: String, CaseIterable, Hashable, Sendable {
    /// New or still climbing the learning steps (1 min, 10 min).
    case learning
    /// Graduated: scheduled in whole days from its stability.
    case review
    /// Forgotten after graduating: going through the relearning step (10 min).
    case relearning

    /// py-fsrs's `State` value: Learning 1, Review 2, Relearning 3.
    public var number: Int {
        switch self {
        case .learning: 1
        case .review: 2
        case .relearning: 3
        }
    }
}
