import Course
import DisplayWidth
import Terminal

extension StepperScreen {
    /// Draws the title bar, the code pane, the step pane (and the prediction prompt when a
    /// question is open) and the status line. Reads state only; any size down to 0×0 is safe.
    public func view(into buffer: inout Buffer, theme: Theme) {
        guard buffer.width > 0, buffer.height > 0 else { return }
        let banner = bannerText
        let layout = StepperLayout(width: buffer.width, height: buffer.height, hasBanner: banner != nil,
                                   codeLines: code.count, longestCodeLine: longestCodeLine)
        Chrome.drawBar(into: &buffer, y: 0, left: headerTitle, right: headerRight, style: theme.headerBar)
        if let row = layout.bannerRow, let banner {
            buffer.put(" " + Chrome.truncate(banner.text, to: buffer.width - 2), x: 0, y: row,
                       style: banner.isError ? theme.error : Style(fg: .ansi(3)), maxWidth: buffer.width)
        }
        StepperCodePane.draw(code, firstLine: kernel.firstLine, marks: codeMarks, into: &buffer, rect: layout.code, theme: theme)
        if layout.sideBySide {
            for y in layout.code.y..<(layout.code.y + layout.code.height) {
                buffer.put("│", x: layout.code.x + layout.code.width, y: y, style: theme.box)
            }
        }
        // The step's rows are built once a frame: the rule counts them, the pane draws them.
        let rows = stepRows(width: layout.step.width, theme: theme)
        drawTitleRule(rowCount: rows.count, into: &buffer, layout: layout, theme: theme)
        drawStepPane(rows, into: &buffer, layout: layout, theme: theme)
        if layout.statusRow > 0 { drawStatus(into: &buffer, y: layout.statusRow, theme: theme) }
    }

    var headerTitle: String {
        lesson.meta.title + (kernel.name.map { " · kernel \($0)" } ?? "")
    }

    var headerRight: String {
        guard let stops else { return "\(StepperScreen.spinner[spinnerFrame % StepperScreen.spinner.count]) running" }
        if prompt != nil { return "question" }
        guard position < stops.count, stops[position].step != nil else { return "" }
        return "step \(position + 1)/\(stepCount)"
    }

    private func drawTitleRule(rowCount rows: Int, into buffer: inout Buffer, layout: StepperLayout, theme: Theme) {
        let rect = layout.titleRule
        guard rect.height > 0, rect.width > 0 else { return }
        let body = layout.stepBodyHeight(prompting: prompt != nil)
        let top = visibleScroll(rows: rows, body: body)
        var more = ""
        if top + body < rows { more = top > 0 ? " ↑↓ j/k " : " ↓ more: j " }
        else if top > 0 { more = " ↑ k " }
        buffer.put(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: theme.box, maxWidth: rect.width)
        let moreWidth = DisplayWidth.of(more)
        let title = Chrome.truncate(paneTitle, to: max(0, rect.width - moreWidth - 6))
        if !title.isEmpty {
            buffer.put(" " + title + " ", x: rect.x + 2, y: rect.y, style: Style(bold: true), maxWidth: rect.width - 2)
        }
        if !more.isEmpty, moreWidth + 2 < rect.width {
            buffer.put(more, x: rect.x + rect.width - moreWidth - 2, y: rect.y, style: theme.hint)
        }
    }

    /// The first row on screen, kept in range whatever size the buffer is.
    private func visibleScroll(rows: Int, body: Int) -> Int {
        max(0, min(scroll, rows - body))
    }

    private func drawStepPane(_ rows: [PaneLine], into buffer: inout Buffer, layout: StepperLayout, theme: Theme) {
        let rect = layout.step
        guard rect.width > 0, rect.height > 0 else { return }
        let body = layout.stepBodyHeight(prompting: prompt != nil)
        let top = visibleScroll(rows: rows.count, body: body)
        for row in 0..<body where top + row < rows.count {
            rows[top + row].draw(into: &buffer, x: rect.x, y: rect.y + row, width: rect.width)
        }
        if let prompt { drawPrompt(prompt, into: &buffer, rect: rect, theme: theme) }
    }

    /// The question, the number being typed and what Enter and Esc do, at the pane's foot.
    private func drawPrompt(_ prompt: StepperPrompt, into buffer: inout Buffer, rect: Rect, theme: Theme) {
        guard let stops, prompt.stop < stops.count, prompt.ask < stops[prompt.stop].asks.count else { return }
        let ask = stops[prompt.stop].asks[prompt.ask]
        let y = rect.y + max(0, rect.height - StepperLayout.promptHeight + 1)
        let rows = [
            PaneLine("? " + ask.ask.question, style: Style(fg: .ansi(3), bold: true)),
            {
                var line = PaneLine("  \(ask.target) ≈ ")
                line.append(prompt.input + "▏", style: Style(bold: true, underline: true))
                return line
            }(),
            prompt.message.map { PaneLine("  " + $0, style: theme.error) }
                ?? PaneLine("  Enter check · Esc skip · ← look again", style: theme.hint),
        ]
        for (n, line) in rows.enumerated() where y + n < rect.y + rect.height {
            buffer.fill(x: rect.x, y: y + n, width: rect.width, height: 1)
            line.draw(into: &buffer, x: rect.x, y: y + n, width: rect.width)
        }
    }

    private func drawStatus(into buffer: inout Buffer, y: Int, theme: Theme) {
        let hints: [String]
        if isRunning {
            hints = ["Esc cancel the run · ? help", "Esc cancel"]
        } else if prompt != nil {
            hints = ["type a number · Enter check · Esc skip · ← back · ? help", "Enter check · Esc skip", "Enter · Esc"]
        } else if (stops?.count ?? 0) < 2 {
            hints = ["j/k scroll · r re-run · e edit · u reset · ? help · q back", "r re-run · e edit · ? help · q back", "? help · q back"]
        } else {
            hints = [
                "→ next · ← back · j/k scroll · r re-run · e edit · u reset · ? help · q back",
                "→ next · ← back · r re-run · e edit · ? help · q back",
                "→ ← step · ? help · q back",
                "? help",
            ]
        }
        Chrome.drawBar(into: &buffer, y: y, hints: hints, right: "", style: theme.statusBar)
    }
}
