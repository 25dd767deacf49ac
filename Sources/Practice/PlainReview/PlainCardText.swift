import Course

/// The lines a plain review prints for one card: its prompt, options or steps, hint,
/// model answer and explanation, laid out from the quiz's Markdown as plain text.
///
/// Pure: everything it shows comes from the item, the display order and the width.
struct PlainCardText {
    let item: QuizItem
    /// `order[i]` is the item's option or step shown as number i + 1.
    let order: [Int]
    let width: Int
    let diagrams: [String: String]

    /// The prompt as plain lines; a cloze prompt shows its gaps as `[1]`, `[2]`, ….
    var prompt: [String] {
        markdown(item.promptWithNumberedGaps)
    }

    /// The numbered options or steps, in display order, as the learner types their numbers.
    var numberedChoices: [String] {
        order.indices.flatMap { numbered($0) }
    }

    /// The option or step shown as number `row + 1`, its wrapped lines hanging under the text.
    func numbered(_ row: Int) -> [String] {
        guard order.indices.contains(row), let text = choiceText(order[row]) else { return [] }
        let head = "\(row + 1). "
        let indent = String(repeating: " ", count: head.count)
        let document = QuizText(text, firstLine: item.line).document(source: item.file)
        let lines = LessonLayout.lines(for: document, width: max(1, width - head.count), diagrams: diagrams, source: item.file)
            .map { Self.trimmingTrailingSpaces($0.text) }
            .filter { !$0.isEmpty }
        guard let first = lines.first else { return [head.trimmingTrailing] }
        return [head + first] + lines.dropFirst().map { indent + $0 }
    }

    /// The display row an item option or step is shown at.
    func row(ofChoice index: Int) -> Int? {
        order.firstIndex(of: index)
    }

    /// The raw Markdown of the item's option or step `index` (file order).
    func choiceText(_ index: Int) -> String? {
        switch item.answer {
        case .choice(let options), .multi(let options):
            return options.indices.contains(index) ? options[index].text : nil
        case .order(let steps):
            return steps.indices.contains(index) ? steps[index].text : nil
        default:
            return nil
        }
    }

    /// "Hint:" and the hint, or a line saying there is none.
    var hint: [String] {
        guard let hint = item.hint else { return ["This card has no hint."] }
        return ["Hint:"] + markdown(hint)
    }

    /// "Explanation:" and the explanation; nothing when the item has none.
    /// What follows a card's reveal: the model answer, then the explanation (if any).
    var revealLines: [String] {
        let explanation = self.explanation
        return [""] + modelAnswer + (explanation.isEmpty ? [] : [""] + explanation)
    }

    /// What follows a checked answer: right or wrong, then the explanation (if any).
    func checkedLines(_ result: GradeResult) -> [String] {
        let explanation = self.explanation
        return [""] + verdictLines(result) + (explanation.isEmpty ? [] : [""] + explanation)
    }

    var explanation: [String] {
        guard let explanation = item.explanation else { return [] }
        let lines = markdown(explanation)
        return lines.isEmpty ? [] : ["Explanation:"] + lines
    }

    /// "Answer:" and a card's model answer.
    var modelAnswer: [String] {
        guard let answer = item.modelAnswer else { return [] }
        return ["Answer:"] + markdown(answer)
    }

    /// Markdown laid out at the width, blank lines at either end dropped.
    func markdown(_ text: QuizText) -> [String] {
        var lines = LessonLayout.lines(for: text.document(source: item.file), width: max(1, width),
                                       diagrams: diagrams, source: item.file)
            .map { Self.trimmingTrailingSpaces($0.text) }[...]
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        while lines.last?.isEmpty == true { lines = lines.dropLast() }
        return Array(lines)
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

extension String {
    fileprivate var trimmingTrailing: String { PlainCardText.trimmingTrailingSpaces(self) }
}
