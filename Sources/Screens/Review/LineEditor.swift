import DisplayWidth
import Terminal

/// A one-line text field: typed and pasted text, a cursor, Backspace/Delete, ←→, Home/End,
/// and the readline keys people reach for (Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K, Ctrl-W).
struct LineEditor: Equatable, Sendable {
    private(set) var characters: [Character] = []
    /// Index into `characters` the next character is inserted before.
    private(set) var cursor = 0

    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    var text: String { String(characters) }

    /// Applies an editing key; returns false when the key is not an editing key.
    mutating func handle(_ key: Key, _ modifiers: Modifiers) -> Bool {
        if modifiers.contains(.ctrl), case .char(let c) = key {
            switch c {
            case "a": cursor = 0
            case "e": cursor = characters.count
            case "u": characters.removeSubrange(0..<cursor); cursor = 0
            case "k": characters.removeSubrange(cursor...)
            case "w": deleteWordBackward()
            default: return false
            }
            return true
        }
        switch key {
        case .char(let c) where !modifiers.contains(.alt):
            insert(String(c))
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        default: return false
        }
        return true
    }

    /// Inserts pasted text at the cursor: line ends become spaces, other control characters go.
    mutating func insert(_ text: String) {
        let cleaned = text.compactMap { c -> Character? in
            if c.isNewline || c == "\t" { return " " }
            if let ascii = c.asciiValue, ascii < 0x20 || ascii == 0x7F { return nil }
            if c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) { return nil }
            return c
        }
        characters.insert(contentsOf: cleaned, at: cursor)
        cursor += cleaned.count
    }

    private mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1] == " " { start -= 1 }
        while start > 0, characters[start - 1] != " " { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Draws the field in `width` columns at (x, y), scrolled so the cursor shows; the cursor
    /// cell is reversed when `focused`. Returns the columns used.
    func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int, style: Style, focused: Bool) {
        guard width > 0 else { return }
        buffer.fill(x: x, y: y, width: width, height: 1, style: style)
        // Leave one column for the cursor after the last character.
        var first = 0
        while DisplayWidth.of(String(characters[first..<cursor])) > width - 1, first < cursor { first += 1 }
        var column = x
        for index in first..<characters.count {
            let w = DisplayWidth.of(characters[index])
            guard column + w <= x + width else { break }
            var cellStyle = style
            if focused && index == cursor { cellStyle.reverse.toggle() }
            column += buffer.put(String(characters[index]), x: column, y: y, style: cellStyle, maxWidth: x + width - column)
        }
        if focused && cursor == characters.count {
            let cursorX = x + DisplayWidth.of(String(characters[first..<cursor]))
            if cursorX < x + width {
                var cellStyle = style
                cellStyle.reverse.toggle()
                buffer.put(" ", x: cursorX, y: y, style: cellStyle)
            }
        }
    }
}
