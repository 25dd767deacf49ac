import DisplayWidth
import Terminal

/// The parts every screen draws the same way: the title bar, the status line, boxes, and the
/// notice shown when the terminal is too small.
enum Chrome {
    /// Below this size the app shows a notice instead of a screen.
    static let minimumWidth = 30
    static let minimumHeight = 8

    static func isTooSmall(_ buffer: Buffer) -> Bool {
        buffer.width < minimumWidth || buffer.height < minimumHeight
    }

    /// A centred notice that fits any size down to 1×1.
    static func drawTooSmall(into buffer: inout Buffer, theme: Theme) {
        let lines = [
            "Terminal too small",
            "\(buffer.width)×\(buffer.height), need \(minimumWidth)×\(minimumHeight)",
            "Enlarge it, or q to quit",
        ]
        let top = max(0, (buffer.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < buffer.height {
            let x = max(0, (buffer.width - DisplayWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + i, style: i == 0 ? theme.error : .plain, maxWidth: buffer.width - x)
        }
    }

    /// A full-width bar: the first of `hints` that fits on the left (longest first, so narrow
    /// terminals get the short form rather than a cut one), text on the right.
    static func drawBar(into buffer: inout Buffer, y: Int, hints: [String], right: String, style: Style) {
        let room = buffer.width - DisplayWidth.of(right) - 3
        let left = hints.first { DisplayWidth.of($0) <= room } ?? hints.last ?? ""
        drawBar(into: &buffer, y: y, left: left, right: right, style: style)
    }

    /// A full-width bar with text on the left and on the right; the left side is cut first.
    static func drawBar(into buffer: inout Buffer, y: Int, left: String, right: String, style: Style) {
        guard y >= 0, y < buffer.height else { return }
        buffer.fill(x: 0, y: y, width: buffer.width, height: 1, style: style)
        let rightWidth = min(DisplayWidth.of(right), max(0, buffer.width - 2))
        let leftRoom = max(0, buffer.width - rightWidth - 3)
        buffer.put(" " + left, x: 0, y: y, style: style, maxWidth: min(leftRoom + 1, buffer.width))
        if rightWidth > 0 {
            buffer.put(right, x: buffer.width - rightWidth - 1, y: y, style: style, maxWidth: rightWidth)
        }
    }

    /// Shortens text to `width` columns, ending with "…" when something was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let kept = DisplayWidth.prefix(text, fitting: width - 1).text
        return kept + "…"
    }

    /// A box with a title; returns the inner rectangle.
    @discardableResult
    static func drawBox(into buffer: inout Buffer, _ rect: Rect, title: String, theme: Theme) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        buffer.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, style: .plain)
        let inner = rect.width - 2
        let titleText = truncate(" \(title) ", to: max(0, inner - 2))
        let top = "┌─" + titleText + String(repeating: "─", count: max(0, inner - 1 - DisplayWidth.of(titleText))) + "┐"
        buffer.put(top, x: rect.x, y: rect.y, style: theme.box)
        for row in 1..<(rect.height - 1) {
            buffer.put("│", x: rect.x, y: rect.y + row, style: theme.box)
            buffer.put("│", x: rect.x + rect.width - 1, y: rect.y + row, style: theme.box)
        }
        buffer.put("└" + String(repeating: "─", count: inner) + "┘", x: rect.x, y: rect.y + rect.height - 1, style: theme.box)
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
