import Course
import Practice
import Terminal

/// What the learner has entered so far for one card, in the form its kind needs.
///
/// Options and steps are kept as indices into the item's own lists (file order); `order`
/// holds the display order, so grading never depends on how the screen shuffled them.
enum AnswerInput: Equatable, Sendable {
    /// `order[i]` is the option shown in row i.
    case choice(order: [Int], cursor: Int)
    case multi(order: [Int], cursor: Int, chosen: Set<Int>)
    /// numeric and text.
    case typed(LineEditor)
    /// `arrangement[i]` is the step the learner has put in place i.
    case order(arrangement: [Int], cursor: Int)
    case cloze(gaps: [LineEditor], focus: Int)
    case card(revealed: Bool)

    /// The starting input for an item. Options and steps are shuffled (unless the item says
    /// `shuffle: false`) with a generator seeded by `seed`, so a card shows the same order
    /// for the same review on every run.
    static func start(for item: QuizItem, seed: UInt64) -> AnswerInput {
        switch item.answer {
        case .choice:
            return .choice(order: DisplayOrder.of(item, seed: seed), cursor: 0)
        case .multi:
            return .multi(order: DisplayOrder.of(item, seed: seed), cursor: 0, chosen: [])
        case .numeric, .text:
            return .typed(LineEditor())
        case .order:
            return .order(arrangement: DisplayOrder.of(item, seed: seed), cursor: 0)
        case .cloze(let gaps):
            return .cloze(gaps: Array(repeating: LineEditor(), count: gaps.count), focus: 0)
        case .card:
            return .card(revealed: false)
        }
    }

    /// True while a text field has the keyboard, so letters type instead of acting as keys.
    var isTyping: Bool {
        switch self {
        case .typed, .cloze: true
        default: false
        }
    }

    /// The response to grade.
    func response() -> Response {
        switch self {
        case .choice(let order, let cursor): .choice(order.indices.contains(cursor) ? order[cursor] : -1)
        case .multi(_, _, let chosen): .multi(chosen)
        case .typed(let editor): .numeric(editor.text)
        case .order(let arrangement, _): .order(arrangement)
        case .cloze(let gaps, _): .cloze(gaps.map(\.text))
        case .card: .revealed
        }
    }

    /// The response for `item`, fixing the typed case to the item's kind.
    func response(for item: QuizItem) -> Response {
        if case .typed(let editor) = self, item.kind == .text { return .text(editor.text) }
        return response()
    }
}
