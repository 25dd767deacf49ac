/// How well the learner recalled a card, as the four FSRS buttons.
///
/// The raw value is the grade `G` used directly in the FSRS formulas
/// (`G - 1`, `G - 3`), and the number written in review logs and replay CSVs.
public enum Rating: Int, CaseIterable, Comparable, Hashable, Sendable {
    case again = 1
    case hard = 2
    case good = 3
    case easy = 4

    public static func < (lhs: Rating, rhs: Rating) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The button label a learner sees.
    public var label: String {
        switch self {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }
}
