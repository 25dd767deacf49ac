import Course
import DisplayWidth
import Terminal

extension LessonScreen {
    /// Draws the title bar, the visible lines, search highlights, the status line and, when
    /// open, the outline. Reads state only.
    public func view(into buffer: inout Buffer, theme: Theme) {
        let (x, columns) = LessonScreen.textColumns(forWidth: buffer.width)
        let percent = maxTop == 0 ? 100 : min(top, maxTop) * 100 / maxTop
        let done = finished ? " ✓" : ""
        Chrome.drawBar(into: &buffer, y: 0, left: lesson.meta.title, right: "\(percent)%\(done)", style: theme.headerBar)

        for row in 0..<bodyHeight {
            let index = top + row
            guard index < lines.count else { break }
            var column = x
            for span in lines[index].spans {
                let room = x + columns - column
                guard room > 0 else { break }
                column += buffer.put(span.text, x: column, y: row + 1, style: theme.style(for: span.style), maxWidth: room)
            }
        }
        for (n, match) in search.matches.enumerated() where match.line >= top && match.line < top + bodyHeight {
            let style = n == search.current ? theme.currentMatch : theme.searchMatch
            buffer.setStyle(x: x + match.column, y: match.line - top + 1, width: min(match.width, max(0, columns - match.column)), style: style)
        }
        drawStatus(into: &buffer, theme: theme)
        if let outline { drawOutline(outline, into: &buffer, theme: theme) }
    }

    private func drawStatus(into buffer: inout Buffer, theme: Theme) {
        let y = buffer.height - 1
        if search.editing {
            Chrome.drawBar(into: &buffer, y: y, left: "/" + search.query + "▏", right: "Enter find · Esc cancel", style: theme.statusBar)
        } else if !search.query.isEmpty {
            let left: String
            if let current = search.current {
                left = "“\(search.query)” \(current + 1)/\(search.matches.count) · n next · N previous"
            } else {
                left = "No match for “\(search.query)”"
            }
            Chrome.drawBar(into: &buffer, y: y, left: left, right: "/ new search", style: theme.statusBar)
        } else {
            Chrome.drawBar(into: &buffer, y: y, hints: [
                "j/k scroll · Space page · o outline · / search · ? help · q back",
                "j/k scroll · o outline · / search · ? help · q back",
                "o outline · ? help · q back",
                "? help · q back",
            ], right: "", style: theme.statusBar)
        }
    }

    private func drawOutline(_ outline: LessonOutline, into buffer: inout Buffer, theme: Theme) {
        let width = min(buffer.width - 4, 60)
        let height = min(buffer.height - 2, outline.entries.count + 2)
        guard width >= 10, height >= 3 else { return }
        let rect = Rect(x: (buffer.width - width) / 2, y: 1, width: width, height: max(3, height))
        let inner = Chrome.drawBox(into: &buffer, rect, title: "Outline", theme: theme)
        if outline.entries.isEmpty {
            buffer.put("This lesson has no headings.", x: inner.x, y: inner.y, style: theme.dim, maxWidth: inner.width)
            return
        }
        let first = max(0, min(outline.entries.count - inner.height, outline.cursor - inner.height / 2))
        for (row, entry) in outline.entries[first...].prefix(inner.height).enumerated() {
            let indent = String(repeating: "  ", count: max(0, entry.level - 1))
            let selected = first + row == outline.cursor
            if selected { buffer.fill(x: inner.x - 1, y: inner.y + row, width: inner.width + 2, height: 1, style: theme.selection) }
            buffer.put(indent + entry.title, x: inner.x, y: inner.y + row, style: selected ? theme.selection : .plain, maxWidth: inner.width)
        }
    }
}
