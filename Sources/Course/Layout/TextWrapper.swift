import DisplayWidth

/// A run of styled text or a forced line break, the input of `TextWrapper`.
enum InlinePiece: Equatable {
    case text(String, TextStyle)
    case lineBreak
}

/// Word-wraps styled text to a width in terminal columns.
///
/// Breaks at spaces, and between characters of wide scripts (Chinese and Japanese have no
/// spaces), but never before closing punctuation like `，` or `)` nor after opening
/// brackets. A word wider than the line is cut between graphemes. Every line holds at
/// least one grapheme, so any width ≥ 1 terminates.
enum TextWrapper {
    private struct Cell {
        var character: Character
        var style: TextStyle
        var width: Int
    }

    private struct Word {
        var gap: [Cell]
        var cells: [Cell]
        var isBreak = false
        var width: Int { cells.reduce(0) { $0 + $1.width } }
        var gapWidth: Int { gap.reduce(0) { $0 + $1.width } }
    }

    static func wrap(_ pieces: [InlinePiece], width rawWidth: Int) -> [[StyledSpan]] {
        let width = max(1, rawWidth)
        var lines: [[Cell]] = []
        var line: [Cell] = []
        var lineWidth = 0
        func push() {
            lines.append(line)
            line = []
            lineWidth = 0
        }
        for word in words(pieces) {
            if word.isBreak { push(); continue }
            let gapWidth = line.isEmpty ? 0 : word.gapWidth
            let wordWidth = word.width
            if lineWidth + gapWidth + wordWidth <= width {
                if !line.isEmpty { line += word.gap }
                line += word.cells
                lineWidth += gapWidth + wordWidth
                continue
            }
            if !line.isEmpty { push() }
            for cell in word.cells {
                if !line.isEmpty && lineWidth + cell.width > width { push() }
                line.append(cell)
                lineWidth += cell.width
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines.map(spans)
    }

    private static func words(_ pieces: [InlinePiece]) -> [Word] {
        var words: [Word] = []
        var gap: [Cell] = []
        var current: [Cell] = []
        func endWord() {
            guard !current.isEmpty else { return }
            words.append(Word(gap: gap, cells: current))
            gap = []
            current = []
        }
        for piece in pieces {
            switch piece {
            case .lineBreak:
                endWord()
                words.append(Word(gap: [], cells: [], isBreak: true))
                gap = []
            case .text(let text, let style):
                for character in text {
                    let cell = Cell(character: character, style: style, width: DisplayWidth.of(character))
                    if character == " " {
                        endWord()
                        gap.append(cell)
                    } else {
                        if let last = current.last, breakAllowed(after: last, before: cell) { endWord() }
                        current.append(cell)
                    }
                }
            }
        }
        endWord()
        return words
    }

    private static let noBreakBefore: Set<Character> = Set("、。，．：；！？）」』】〕〉》〗〙〛ー…‥・々〜～,.;:!?)]}%”’")
    private static let noBreakAfter: Set<Character> = Set("（「『【〔〈《〖〘〚([{“‘")

    private static func breakAllowed(after a: Cell, before b: Cell) -> Bool {
        guard a.width >= 2 || b.width >= 2 else { return false }
        return !noBreakBefore.contains(b.character) && !noBreakAfter.contains(a.character)
    }

    private static func spans(_ cells: [Cell]) -> [StyledSpan] {
        var out: [StyledSpan] = []
        for cell in cells {
            if let last = out.last, last.style == cell.style {
                out[out.count - 1].text.append(cell.character)
            } else {
                out.append(StyledSpan(String(cell.character), cell.style))
            }
        }
        return out
    }
}

/// Width helpers shared by the layout.
enum Columns {
    static func width(_ spans: [StyledSpan]) -> Int {
        spans.reduce(0) { $0 + DisplayWidth.of($1.text) }
    }

    /// Keeps the longest prefix of `spans` that fits in `width` columns.
    static func truncate(_ spans: [StyledSpan], to width: Int) -> [StyledSpan] {
        var out: [StyledSpan] = []
        var left = max(0, width)
        for span in spans {
            guard left > 0 else { break }
            let cut = DisplayWidth.prefix(span.text, fitting: left)
            if !cut.text.isEmpty { out.append(StyledSpan(String(cut.text), span.style)) }
            left -= cut.width
            if cut.text.count < span.text.count { break }
        }
        return out
    }

    /// Makes content safe to show (see `Sanitizer`).
    static func sanitize(_ text: String) -> String { Sanitizer.clean(text) }
}
