import Course
import DisplayWidth
import Practice
import Terminal

extension ReviewScreen {
    /// Draws the title bar, the card (or "Nothing due"), the rating row and the key hints.
    /// Reads state only.
    public func view(into buffer: inout Buffer, theme: Theme) {
        let title = self.title ?? deckFilter.flatMap { id in decks.first { $0.id == id }?.title }.map { "Review · \($0)" } ?? "Review"
        let right = card == nil ? "\(reviewedCount) reviewed" : "\(remaining) left"
        Chrome.drawBar(into: &buffer, y: 0, left: title, right: right, style: theme.headerBar)
        let (x, columns) = LessonScreen.textColumns(forWidth: buffer.width)
        guard let card else {
            if isQuiz {
                drawQuizFinished(into: &buffer, x: x, width: columns, theme: theme)
                Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: ["Enter back to the lesson · u undo the last rating", "Enter back"],
                               right: "? help", style: theme.statusBar)
            } else {
                drawFinished(into: &buffer, x: x, width: columns, theme: theme)
                Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: ["u undo the last rating · q back", "q back"],
                               right: "? help", style: theme.statusBar)
            }
            return
        }
        Self.drawBody(rows(for: card, width: columns, theme: theme), area: ReviewScreen.bodyHeight(height: buffer.height, rating: card.outcome != nil),
                      scroll: card.scroll, into: &buffer, x: x, width: columns, theme: theme)
        if let outcome = card.outcome {
            drawRatingRow(outcome, into: &buffer, y: buffer.height - 2, theme: theme)
        }
        if let notice {
            Chrome.drawBar(into: &buffer, y: buffer.height - 1, left: notice, right: "", style: theme.error)
        } else {
            Chrome.drawBar(into: &buffer, y: buffer.height - 1, hints: statusHints(card), right: "? help", style: theme.statusBar)
        }
    }

    /// A card's rows in the `area` rows under the title bar, from the row `firstRow` picks,
    /// with "↓ PgDn" / "↑ PgUp" when some are out of view (the Review and Drill screens).
    static func drawBody(_ body: ReviewRows, area: Int, scroll: Int, into buffer: inout Buffer, x: Int, width: Int, theme: Theme) {
        let top = bodyTop(height: buffer.height)
        let first = firstRow(body, area: area, scroll: scroll)
        for (offset, row) in body.rows.dropFirst(first).prefix(area).enumerated() {
            draw(row, into: &buffer, x: x, y: top + offset, width: width, theme: theme)
        }
        if body.rows.count > area {
            let more = first + area < body.rows.count ? "↓ PgDn" : (first > 0 ? "↑ PgUp" : "")
            if !more.isEmpty { buffer.put(more, x: max(0, buffer.width - DisplayWidth.of(more) - 1), y: top + area - 1, style: theme.dim) }
        }
    }

    /// The scroll that moves a tall card half a screen up or down, within its rows.
    static func scrolled(_ body: ReviewRows, area: Int, scroll: Int, down: Bool) -> Int {
        let automatic = firstRow(body, area: area, scroll: 0)
        let first = firstRow(body, area: area, scroll: scroll)
        let step = max(1, area / 2)
        let target = max(0, min(max(0, body.rows.count - area), first + (down ? step : -step)))
        return target - automatic
    }

    /// The first body row: a blank row under the title bar when there is room for it.
    static func bodyTop(height: Int) -> Int { height >= 16 ? 2 : 1 }

    /// Rows for the card between the title bar and the rating row (or the status bar).
    static func bodyHeight(height: Int, rating: Bool) -> Int {
        max(0, height - 1 - (rating ? 2 : 0) - bodyTop(height: height))
    }

    func rows(for card: ReviewCard, width: Int, theme: Theme) -> ReviewRows {
        let deckTitle = decks.indices.contains(card.entry.deckIndex) ? decks[card.entry.deckIndex].title : ""
        return ReviewRows(card: card, deckTitle: deckTitle, width: width, theme: theme, diagrams: diagrams)
    }

    /// The first body row on screen: keeps the focus row visible (and, once checked, as much
    /// of the verdict and explanation as fits), then applies the learner's PgUp/PgDn.
    static func firstRow(_ body: ReviewRows, area: Int, scroll: Int) -> Int {
        let maxTop = max(0, body.rows.count - area)
        var automatic = 0
        if let verdict = body.verdictRow {
            automatic = min(verdict, maxTop)
        } else if body.focus >= area {
            automatic = body.focus - area + 1
        }
        return max(0, min(maxTop, automatic + scroll))
    }

    static func draw(_ row: ReviewRow, into buffer: inout Buffer, x: Int, y: Int, width: Int, theme: Theme) {
        switch row {
        case .spans(let pieces):
            var column = x
            for piece in pieces {
                let room = x + width - column
                guard room > 0 else { break }
                column += buffer.put(piece.text, x: column, y: y, style: piece.style, maxWidth: room)
            }
        case .field(let label, let editor, let focused, let suffix):
            let used = buffer.put(label, x: x, y: y, style: theme.dim, maxWidth: width)
            let suffixWidth = suffix.isEmpty ? 0 : DisplayWidth.of(suffix) + 1
            let fieldWidth = max(1, min(40, width - used - suffixWidth))
            editor.draw(into: &buffer, x: x + used, y: y, width: fieldWidth, style: Style(underline: true), focused: focused)
            if !suffix.isEmpty {
                buffer.put(suffix, x: x + used + fieldWidth + 1, y: y, style: theme.dim, maxWidth: max(0, width - used - fieldWidth - 1))
            }
        }
    }

    /// `1 Again 10m  2 Hard 1d  3 Good 3d  4 Easy 8d`, shortened to fit narrow terminals.
    private func drawRatingRow(_ outcome: ReviewCard.Outcome, into buffer: inout Buffer, y: Int, theme: Theme) {
        func labels(numbered: Bool, short: Bool) -> [String] {
            Rating.allCases.map { rating in
                var parts: [String] = []
                if numbered { parts.append(String(rating.rawValue)) }
                parts.append(short ? String(rating.label.prefix(1)) : rating.label)
                if let interval = outcome.intervals[rating] { parts.append(interval) }
                return " " + parts.joined(separator: " ") + " "
            }
        }
        // Buttons touch: their own padding keeps two spaces between labels.
        let candidates = [labels(numbered: true, short: false), labels(numbered: false, short: false),
                          labels(numbered: true, short: true), labels(numbered: false, short: true)]
        let fitting = candidates.first { DisplayWidth.of($0.joined()) <= buffer.width } ?? candidates[3]
        var column = max(0, (buffer.width - DisplayWidth.of(fitting.joined())) / 2)
        for (rating, label) in zip(Rating.allCases, fitting) {
            let style: Style
            if rating == outcome.selected {
                style = theme.selection.bolded
            } else if outcome.allowed.contains(rating) {
                style = Style(bold: true)
            } else {
                style = theme.dim
            }
            column += buffer.put(label, x: column, y: y, style: style, maxWidth: max(0, buffer.width - column))
        }
    }

    private func statusHints(_ card: ReviewCard) -> [String] {
        if card.outcome != nil {
            return ["1–4 rate · ←→ choose · Enter accept · u undo · q back", "1–4 rate · Enter accept · q back",
                    "1–4 rate · Enter accept", "Enter accept"]
        }
        switch card.input {
        case .choice:
            return ["1–9 choose · ↑↓ Enter · h hint · u undo · q back", "1–9 choose · h hint · q back", "1–9 choose"]
        case .multi:
            return ["Space tick · ↑↓ move · Enter check · h hint · u undo · q back", "Space tick · Enter check · q back", "Enter check"]
        case .typed:
            return ["Enter check · Alt-h hint · Alt-u undo · Esc back", "Enter check · Esc back", "Enter check"]
        case .order:
            return ["↑↓ select · Shift-↑↓ or J K move · Enter check · h hint · q back", "J K move · Enter check · q back", "Enter check"]
        case .cloze:
            return ["Tab next gap · Enter check · Alt-h hint · Esc back", "Tab next gap · Enter check", "Enter check"]
        case .card:
            return ["Space show the answer · h hint · u undo · q back", "Space show answer · q back", "Space show"]
        }
    }

    private func drawFinished(into buffer: inout Buffer, x: Int, width: Int, theme: Theme) {
        var lines: [(String, Style)] = []
        if let deckFilter, !decks.contains(where: { $0.id == deckFilter }) {
            lines.append(("No deck named “\(deckFilter)”.", theme.error))
            lines.append(("Decks: " + decks.map(\.id).joined(separator: ", "), theme.dim))
        } else {
            if reviewedCount > 0 {
                lines.append(("Done: \(reviewedCount) card\(reviewedCount == 1 ? "" : "s") reviewed.", theme.finished.bolded))
                lines.append(("", .plain))
            }
            lines.append(("Nothing due.", Style(bold: true)))
            if let nextDue {
                let when = IntervalText.format(from: now, to: nextDue)
                lines.append(("The next card is due in \(when), at \(ReviewScreen.clockText(nextDue)).", .plain))
            } else if !decks.contains(where: { !$0.items.isEmpty }) {
                lines.append(("There are no quiz cards in this course yet.", theme.dim))
            }
        }
        var y = 2
        for (text, style) in lines {
            for piece in ReviewRows.wrap(text, width: width) where y < buffer.height - 1 {
                buffer.put(piece, x: x, y: y, style: style, maxWidth: width)
                y += 1
            }
        }
    }

    /// The end of a checkpoint or a lesson's deck: how it went, and that the cards now
    /// come back in reviews.
    private func drawQuizFinished(into buffer: inout Buffer, x: Int, width: Int, theme: Theme) {
        let tally = answerTally
        var lines: [(String, Style)] = []
        if tally.answered == 0 {
            lines.append(("No question answered.", Style(bold: true)))
        } else {
            let questions = tally.answered == 1 ? "question" : "questions"
            lines.append(("\(tally.right) of \(tally.answered) \(questions) right.", theme.finished.bolded))
            lines.append(("", .plain))
            lines.append(("Each answer counts as a review: these cards come back when FSRS says they are due, "
                          + "so what you just learned stays learned.", .plain))
        }
        var y = 2
        for (text, style) in lines {
            for piece in ReviewRows.wrap(text, width: width) where y < buffer.height - 1 {
                buffer.put(piece, x: x, y: y, style: style, maxWidth: width)
                y += 1
            }
        }
    }

    /// `2026-11-24 14:00 UTC`.
    static func clockText(_ time: Int) -> String {
        let iso = ISOTime.format(time)  // 2026-11-24T14:00:00Z
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }
}
