import Course
import DisplayWidth
import Practice
import Terminal

/// One row of the review body: styled text, or a text field with its label.
enum ReviewRow: Equatable {
    case spans([Piece])
    case field(label: String, editor: LineEditor, focused: Bool, suffix: String)

    struct Piece: Equatable {
        var text: String
        var style: Style
    }

    static let blank = ReviewRow.spans([])

    static func text(_ text: String, _ style: Style = .plain) -> ReviewRow {
        .spans([Piece(text: text, style: style)])
    }
}

/// Builds the rows of the card body at a width: prompt, answer area, hint, and after
/// checking the marks, the verdict and the explanation. Pure, so `view` and the scroll keys
/// agree on how tall a card is.
struct ReviewRows {
    let card: ReviewCard
    let deckTitle: String
    let width: Int
    let theme: Theme
    let diagrams: [String: String]
    private(set) var rows: [ReviewRow] = []
    /// The row to keep on screen: the answer cursor, or the verdict once checked.
    private(set) var focus = 0
    /// Where the verdict starts (rating phase).
    private(set) var verdictRow: Int?

    init(card: ReviewCard, deckTitle: String, width: Int, theme: Theme, diagrams: [String: String]) {
        self.card = card
        self.deckTitle = deckTitle
        self.width = max(1, width)
        self.theme = theme
        self.diagrams = diagrams
        build()
    }

    private mutating func build() {
        let item = card.item
        var meta = "\(deckTitle) · \(item.kind.rawValue)"
        if card.entry.isNew { meta += " · new" }
        rows.append(.text(meta, theme.dim))
        rows.append(.blank)
        markdown(item.promptWithNumberedGaps)
        rows.append(.blank)
        if let outcome = card.outcome {
            marks(outcome)
        } else {
            answerArea()
        }
        if card.hintShown {
            rows.append(.blank)
            if let hint = item.hint {
                rows.append(.text("Hint", theme.started.bolded))
                markdown(hint)
            } else {
                rows.append(.text("This card has no hint.", theme.dim))
            }
        }
        if let problem = card.problem {
            rows.append(.blank)
            focus = rows.count
            wrapped(problem, style: theme.error)
        }
        if let outcome = card.outcome { verdict(outcome) }
    }

    // MARK: - Answering

    private mutating func answerArea() {
        let item = card.item
        switch (card.input, item.answer) {
        case (.choice(let order, let cursor), .choice(let options)):
            for (row, index) in order.enumerated() {
                if row == cursor { focus = rows.count }
                option(options[index].text, marker: row == cursor ? "›" : " ", number: row + 1, selected: row == cursor)
            }
        case (.multi(let order, let cursor, let chosen), .multi(let options)):
            for (row, index) in order.enumerated() {
                if row == cursor { focus = rows.count }
                let box = chosen.contains(index) ? "[x]" : "[ ]"
                option(options[index].text, marker: (row == cursor ? "›" : " ") + " " + box, number: row + 1, selected: row == cursor)
            }
        case (.typed(let editor), _):
            focus = rows.count
            var suffix = ""
            if case .numeric(let answer) = item.answer, let unit = answer.unit { suffix = unit }
            rows.append(.field(label: "Answer: ", editor: editor, focused: true, suffix: suffix))
        case (.order(let arrangement, let cursor), .order(let steps)):
            rows.append(.text("Put the steps in order:", theme.dim))
            for (place, index) in arrangement.enumerated() where steps.indices.contains(index) {
                if place == cursor { focus = rows.count }
                option(steps[index].text, marker: place == cursor ? "›" : " ", number: place + 1, selected: place == cursor)
            }
        case (.cloze(let gaps, let focusGap), _):
            for (index, gap) in gaps.enumerated() {
                if index == focusGap { focus = rows.count }
                let marker = index == focusGap ? "›" : " "
                rows.append(.field(label: "\(marker) [\(index + 1)] ", editor: gap, focused: index == focusGap, suffix: ""))
            }
        case (.card, _):
            focus = rows.count
            rows.append(.text("Recall your answer, then press Space to see the model answer.", theme.dim))
        default:
            break
        }
    }

    // MARK: - Checked

    private mutating func marks(_ outcome: ReviewCard.Outcome) {
        let item = card.item
        switch (card.input, outcome.result.detail, item.answer) {
        case (.choice(let order, _), .options(let marks), .choice(let options)),
             (.multi(let order, _, _), .options(let marks), .multi(let options)):
            for (row, index) in order.enumerated() where marks.indices.contains(index) {
                let mark = marks[index]
                let sign = mark.isCorrect ? "✓" : (mark.chosen ? "✗" : " ")
                let style = mark.isCorrect ? theme.finished : (mark.chosen ? theme.error : .plain)
                option(options[index].text, marker: (mark.chosen ? "›" : " ") + " " + sign, number: row + 1, selected: false, style: style)
            }
        case (.typed, _, _):
            rows.append(.spans([ReviewRow.Piece(text: "Your answer: ", style: theme.dim),
                                ReviewRow.Piece(text: outcome.answerText, style: Style(bold: true))]))
        case (.order(let arrangement, _), .order(let comparison), .order(let steps)):
            for (place, index) in arrangement.enumerated() where steps.indices.contains(index) {
                let right = comparison.inPlace.indices.contains(place) && comparison.inPlace[place]
                option(steps[index].text, marker: right ? "✓" : "✗", number: place + 1, selected: false,
                       style: right ? theme.finished : theme.error)
            }
        case (_, .gaps(let marks), _):
            for mark in marks {
                var pieces = [ReviewRow.Piece(text: "[\(mark.index + 1)] ", style: theme.dim),
                              ReviewRow.Piece(text: mark.given.isEmpty ? "(blank)" : mark.given, style: Style(bold: true))]
                pieces.append(mark.isCorrect ? ReviewRow.Piece(text: " ✓", style: theme.finished)
                                             : ReviewRow.Piece(text: " ✗ → \(mark.expected)", style: theme.error))
                rows.append(.spans(pieces))
            }
        case (.card, _, .card(let answer)):
            rows.append(.text("Answer", theme.moduleTitle))
            markdown(answer)
        default:
            break
        }
    }

    private mutating func verdict(_ outcome: ReviewCard.Outcome) {
        rows.append(.blank)
        verdictRow = rows.count
        focus = rows.count
        switch outcome.result.verdict {
        case .correct:
            wrapped("✓ " + outcome.result.feedback, style: theme.finished.bolded)
        case .incorrect:
            wrapped("✗ " + outcome.result.feedback, style: theme.error)
        default:
            wrapped("How well did you recall it?", style: theme.dim)
        }
        if let explanation = card.item.explanation {
            rows.append(.blank)
            rows.append(.text("Explanation", theme.moduleTitle))
            markdown(explanation)
        }
    }

    // MARK: - Pieces

    /// A numbered option or step, its Markdown wrapped under its own first column.
    private mutating func option(_ text: String, marker: String, number: Int, selected: Bool, style: Style = .plain) {
        let head = "\(marker) \(number). "
        let indent = DisplayWidth.of(head)
        let lines = LessonLayout.lines(for: QuizText(text, firstLine: card.item.line).document(source: card.item.file),
                                       width: max(1, width - indent), diagrams: diagrams, source: card.item.file)
            .filter { !$0.isBlank }
        let base = selected ? theme.selection : style
        for (n, line) in (lines.isEmpty ? [LayoutLine(spans: [], sourceLine: 0)] : lines).enumerated() {
            var pieces = [ReviewRow.Piece(text: n == 0 ? head : String(repeating: " ", count: indent), style: base)]
            for span in line.spans {
                var spanStyle = theme.style(for: span.style)
                if selected { spanStyle.reverse = true }
                if !style.isPlain && !selected && span.style.role == .body { spanStyle = style }
                pieces.append(ReviewRow.Piece(text: span.text, style: spanStyle))
            }
            rows.append(.spans(pieces))
        }
    }

    private mutating func markdown(_ text: QuizText) {
        let lines = LessonLayout.lines(for: text.document(source: card.item.file), width: width, diagrams: diagrams,
                                       source: card.item.file)
        var trimmed = lines[...]
        while trimmed.first?.isBlank == true { trimmed = trimmed.dropFirst() }
        while trimmed.last?.isBlank == true { trimmed = trimmed.dropLast() }
        for line in trimmed {
            rows.append(.spans(line.spans.map { ReviewRow.Piece(text: $0.text, style: theme.style(for: $0.style)) }))
        }
    }

    /// Plain text word-wrapped to the width.
    private mutating func wrapped(_ text: String, style: Style) {
        for line in ReviewRows.wrap(text, width: width) { rows.append(.text(line, style)) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            // A word longer than the line is cut into pieces.
            while DisplayWidth.of(word) > width {
                let piece = DisplayWidth.prefix(word, fitting: max(1, width)).text
                guard !piece.isEmpty else { break }
                lines.append(String(piece))
                word = String(word.dropFirst(piece.count))
            }
            current = word
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension Style {
    var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }
}
