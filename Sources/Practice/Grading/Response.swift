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

extension Response {
    /// The answer as text, as a review or drill event records it (the same from every
    /// screen): option or step texts, or what was typed.
    public func answerText(for item: QuizItem) -> String {
        switch (self, item.answer) {
        case (.choice(let index), .choice(let options)):
            return options.indices.contains(index) ? options[index].text : ""
        case (.multi(let chosen), .multi(let options)):
            return options.indices.filter(chosen.contains).map { options[$0].text }.joined(separator: "; ")
        case (.numeric(let typed), _), (.text(let typed), _):
            return typed
        case (.order(let given), .order(let steps)):
            return given.filter(steps.indices.contains).map { steps[$0].text }.joined(separator: " → ")
        case (.cloze(let given), _):
            return given.joined(separator: " | ")
        default:
            return ""
        }
    }
}
