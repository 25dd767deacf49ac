import Course
import DisplayWidth
import Practice
import Terminal

extension DrillScreen {
    /// Draws the title bar with the clock, then the item (or the report), then the key hints.
    /// Reads state only.
    public func view(into buffer: inout Buffer, theme: Theme) {
        if let report {
            drawReport(report, into: &buffer, theme: theme)
            return
        }
        let (x, columns) = LessonScreen.textColumns(forWidth: buffer.width)
        guard let card else {
            drawHeader(into: &buffer, theme: theme)
            var y = 2
            let problem = plan.problem ?? "There is nothing to drill."
            for line in ReviewRows.wrap(problem, width: columns) where y < buffer.height - 1 {
                buffer.put(line, x: x, y: y, style: theme.error, maxWidth: columns)
                y += 1
            }
            Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: ["q back"], right: "? help", style: theme.statusBar)
            return
        }
        drawHeader(into: &buffer, theme: theme)
        ReviewScreen.drawBody(rows(for: card, width: columns, theme: theme), area: Self.bodyHeight(height: buffer.height, card),
                              scroll: card.scroll, into: &buffer, x: x, width: columns, theme: theme)
        if Self.awaitsSelfGrade(card) {
            drawSelfGradeRow(into: &buffer, y: buffer.height - 2, theme: theme)
        }
        Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: statusHints(card), right: "? help", style: theme.statusBar)
    }

    /// A card revealed and waiting for the learner's y/n.
    static func awaitsSelfGrade(_ card: ReviewCard) -> Bool {
        card.outcome?.result.verdict == .selfGraded
    }

    /// Rows for the item between the title bar and the y/n row (or the status bar).
    static func bodyHeight(height: Int, _ card: ReviewCard) -> Int {
        ReviewScreen.bodyHeight(height: height, rating: awaitsSelfGrade(card))
    }

    func rows(for card: ReviewCard, width: Int, theme: Theme) -> ReviewRows {
        let deckTitle = decks.first { $0.id == card.item.deck }?.title ?? card.item.deck
        return ReviewRows(card: card, deckTitle: deckTitle, width: width, theme: theme, diagrams: diagrams)
    }

    /// `Drill · interview` on the left; the item number and the clock on the right, the
    /// clock turning yellow in the last minute.
    private func drawHeader(into buffer: inout Buffer, theme: Theme) {
        let total = plan.entries.count
        let number = total == 0 ? "" : "\(min(position + 1, total))/\(total) · "
        let elapsed = DrillReport.clock(elapsedSeconds)
        var clock = elapsed
        if let remaining = remainingSeconds {
            let left = "\(DrillReport.clock(remaining)) left"
            clock = buffer.width >= 60 ? "\(elapsed) · \(left)" : left
        }
        let right = number + clock
        Chrome.drawBar(into: &buffer, y: 0, left: "Drill · \(plan.topic)", right: right, style: theme.headerBar)
        if let remaining = remainingSeconds, remaining <= 60, total > 0 {
            let width = DisplayWidth.of(clock)
            buffer.updateStyle(x: buffer.width - 1 - width, y: 0, width: width) { $0.fg = .ansi(11) }
        }
    }

    /// `y I recalled it   n I missed it`, centred, like the review's rating row.
    private func drawSelfGradeRow(into buffer: inout Buffer, y: Int, theme: Theme) {
        let candidates = [[" y  I recalled it ", " n  I missed it "], [" y recalled ", " n missed "], [" y ", " n "]]
        let labels = candidates.first { DisplayWidth.of($0.joined(separator: "  ")) <= buffer.width } ?? candidates[2]
        var column = max(0, (buffer.width - DisplayWidth.of(labels.joined(separator: "  "))) / 2)
        for (index, label) in labels.enumerated() {
            let style = index == 0 ? theme.finished.bolded : theme.error
            column += buffer.put(label, x: column, y: y, style: style, maxWidth: max(0, buffer.width - column)) + 2
        }
    }

    private func statusHints(_ card: ReviewCard) -> [String] {
        if let outcome = card.outcome {
            if outcome.result.verdict == .selfGraded {
                return ["y recalled · n missed · h hint · q end the drill", "y recalled · n missed · q end", "y · n"]
            }
            let last = position + 1 >= plan.entries.count
            let next = last ? "Enter see the report" : "Enter next"
            return ["\(next) · h hint · q end the drill", "\(next) · q end", "Enter"]
        }
        switch card.input {
        case .choice:
            return ["1–9 choose · ↑↓ Enter · h hint · q end the drill", "1–9 choose · q end", "1–9 choose"]
        case .multi:
            return ["Space tick · ↑↓ move · Enter check · h hint · q end", "Space tick · Enter check", "Enter check"]
        case .typed:
            return ["Enter check · Alt-h hint · Esc end the drill", "Enter check · Esc end", "Enter check"]
        case .order:
            return ["↑↓ select · Shift-↑↓ or J K move · Enter check · q end", "J K move · Enter check", "Enter check"]
        case .cloze:
            return ["Tab next gap · Enter check · Alt-h hint · Esc end", "Tab next gap · Enter check", "Enter check"]
        case .card:
            return ["Space show the answer · h hint · q end the drill", "Space show answer · q end", "Space show"]
        }
    }
}
