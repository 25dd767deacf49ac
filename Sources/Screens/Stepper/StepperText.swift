import DisplayWidth
import Terminal

/// One row of the step pane: pieces of text at columns relative to the pane's left edge.
struct PaneLine: Equatable, Sendable {
    struct Piece: Equatable, Sendable {
        var x: Int
        var text: String
        var style: Style
    }

    var pieces: [Piece] = []

    init(_ pieces: [Piece] = []) { self.pieces = pieces }

    init(_ text: String, style: Style = .plain, x: Int = 0) {
        pieces = [Piece(x: x, text: text, style: style)]
    }

    /// Appends `text` right after the last piece.
    mutating func append(_ text: String, style: Style = .plain) {
        let end = pieces.last.map { $0.x + DisplayWidth.of($0.text) } ?? 0
        pieces.append(Piece(x: end, text: text, style: style))
    }

    func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int) {
        for piece in pieces where piece.x < width {
            buffer.put(piece.text, x: x + piece.x, y: y, style: piece.style, maxWidth: width - piece.x)
        }
    }
}

enum StepperText {
    /// Word-wraps `text` to `width` columns; words longer than a line are cut across lines.
    /// Line breaks in the text are kept, and so is the spacing of a line that fits.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A line that fits is kept as written, spaces and all, so a small table or plot
            // in `say` text lines up; only longer lines are wrapped at spaces.
            if DisplayWidth.of(paragraph) <= width {
                lines.append(String(paragraph))
                continue
            }
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var rest = Substring(word)
                var wordWidth = DisplayWidth.of(rest)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 { lines.append(line) }
                while wordWidth > width {
                    let head = DisplayWidth.prefix(rest, fitting: width)
                    guard !head.text.isEmpty else { break }
                    lines.append(String(head.text))
                    rest = rest.dropFirst(head.text.count)
                    wordWidth = DisplayWidth.of(rest)
                }
                line = String(rest)
                lineWidth = wordWidth
            }
            lines.append(line)
        }
        return lines
    }
}
