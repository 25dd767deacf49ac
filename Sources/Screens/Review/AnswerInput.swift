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
        var random = SplitMix64(seed: seed)
        switch item.answer {
        case .choice(let options):
            return .choice(order: arranged(options.count, shuffle: item.shuffle, &random), cursor: 0)
        case .multi(let options):
            return .multi(order: arranged(options.count, shuffle: item.shuffle, &random), cursor: 0, chosen: [])
        case .numeric, .text:
            return .typed(LineEditor())
        case .order(let steps):
            var arrangement = arranged(steps.count, shuffle: item.shuffle, &random)
            // Steps shown in the right order would give the answer away; an order item is
            // always shown out of order, whatever `shuffle` says.
            if arrangement == Array(arrangement.indices), arrangement.count > 1 {
                arrangement = Array(arrangement.dropFirst()) + [arrangement[0]]
            }
            return .order(arrangement: arrangement, cursor: 0)
        case .cloze(let gaps):
            return .cloze(gaps: Array(repeating: LineEditor(), count: gaps.count), focus: 0)
        case .card:
            return .card(revealed: false)
        }
    }

    /// 0..<count, Fisher–Yates shuffled when asked (written out, since `shuffle(using:)` does
    /// not promise the same order across Swift versions).
    static func arranged(_ count: Int, shuffle: Bool, _ random: inout SplitMix64) -> [Int] {
        var order = Array(0..<count)
        guard shuffle, count > 1 else { return order }
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            order.swapAt(i, j)
        }
        return order
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

    /// The answer as text for the review event: option or step texts, or what was typed.
    func answerText(for item: QuizItem) -> String {
        switch (self, item.answer) {
        case (.choice(let order, let cursor), .choice(let options)):
            return order.indices.contains(cursor) ? options[order[cursor]].text : ""
        case (.multi(_, _, let chosen), .multi(let options)):
            return options.indices.filter(chosen.contains).map { options[$0].text }.joined(separator: "; ")
        case (.typed(let editor), _):
            return editor.text
        case (.order(let arrangement, _), .order(let steps)):
            return arrangement.filter(steps.indices.contains).map { steps[$0].text }.joined(separator: " → ")
        case (.cloze(let gaps, _), _):
            return gaps.map(\.text).joined(separator: " | ")
        default:
            return ""
        }
    }
}
