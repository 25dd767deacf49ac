import Course

/// What a learner answered, one case per quiz kind.
///
/// Option and step indices are positions in the item's own lists (file order), whatever
/// order the screen showed them in: the screen maps its shuffled display back.
public enum Response: Equatable, Sendable {
    /// Index into the options of a choice item.
    case choice(Int)
    /// Indices into the options of a multi item.
    case multi(Set<Int>)
    /// The text typed for a numeric item, as typed: `0.125`, `1,000`, `12.5%`, `16 GB`.
    case numeric(String)
    case text(String)
    /// Step indices (into the item's steps, which are in the right order) in the order the
    /// learner put them.
    case order([Int])
    /// One text per gap, in prompt order.
    case cloze([String])
    /// The learner revealed a card's model answer; cards are graded by the learner.
    case revealed

    var kindName: String {
        switch self {
        case .choice: "choice"
        case .multi: "multi"
        case .numeric: "numeric"
        case .text: "text"
        case .order: "order"
        case .cloze: "cloze"
        case .revealed: "card"
        }
    }
}
