import Course
import DisplayWidth
import Terminal

/// What the code pane marks: the line the stepper stands on, the lines that ran to get
/// there, and lines a failure points at.
struct StepperCodeMarks: Equatable, Sendable {
    var current: Int?
    var ran: ClosedRange<Int>?
    var errors: Set<Int> = []
}

/// The kernel's code with the lesson's line numbers, scrolled so the marked line is in view.
enum StepperCodePane {
    /// A marker column, the widest line number, and a space.
    static func gutterWidth(firstLine: Int, count: Int) -> Int {
        1 + String(max(1, firstLine + count - 1)).count + 1
    }

    static func draw(_ code: [[SwiftHighlighter.Token]], firstLine: Int, marks: StepperCodeMarks,
                     into buffer: inout Buffer, rect: Rect, theme: Theme) {
        guard rect.width > 0, rect.height > 0, !code.isEmpty else { return }
        let digits = gutterWidth(firstLine: firstLine, count: code.count) - 2
        let first = firstVisible(count: code.count, height: rect.height, focus: (marks.current ?? marks.errors.min()).map { $0 - firstLine })
        for row in 0..<min(rect.height, code.count - first) {
            let index = first + row
            let line = firstLine + index
            let y = rect.y + row
            let isCurrent = line == marks.current
            let ran = marks.ran?.contains(line) ?? false
            let marker: (String, Style)
            if marks.errors.contains(line) { marker = ("✗", theme.error) }
            else if isCurrent { marker = ("▶", Style(fg: .ansi(3), bold: true)) }
            else if ran { marker = ("▌", theme.finished) }
            else { marker = (" ", .plain) }
            buffer.put(marker.0, x: rect.x, y: y, style: marker.1, maxWidth: rect.width)
            let number = TensorGrid.pad(String(line), to: digits)
            buffer.put(number, x: rect.x + 1, y: y, style: isCurrent || ran ? Style(bold: true) : theme.dim, maxWidth: rect.width - 1)
            var x = rect.x + digits + 2
            for token in code[index] where x < rect.x + rect.width {
                x += buffer.put(token.text, x: x, y: y, style: theme.syntax(token.kind), maxWidth: rect.x + rect.width - x)
            }
            // A line wider than the pane ends in a dim "…" so the learner knows there is more
            // (`e` shows the whole line in the editor).
            let lineWidth = code[index].reduce(0) { $0 + DisplayWidth.of($1.text) }
            if lineWidth > rect.width - digits - 2, rect.width > digits + 3 {
                buffer.put("…", x: rect.x + rect.width - 1, y: y, style: theme.dim)
            }
            if isCurrent {
                let codeX = rect.x + digits + 2
                buffer.updateStyle(x: codeX, y: y, width: rect.x + rect.width - codeX) { $0.bg = .ansi(8) }
            }
        }
    }

    /// The first line on screen: everything when it fits, else the focus in the middle.
    static func firstVisible(count: Int, height: Int, focus: Int?) -> Int {
        guard count > height, let focus else { return 0 }
        return max(0, min(count - height, focus - (height - 1) / 2))
    }
}
