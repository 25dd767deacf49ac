import DisplayWidth

/// One column of the screen.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown; a space for blank cells and for the column a wide
    /// grapheme covers.
    public var text: Character
    public var style: Style
    /// 1 for an ordinary cell, 2 for the first column of a wide grapheme,
    /// 0 for the second column it covers (never written on its own).
    public var width: UInt8

    public init(text: Character, style: Style, width: UInt8) {
        self.text = text
        self.style = style
        self.width = width
    }

    /// A plain space.
    public static let blank = Cell(text: " ", style: .plain, width: 1)
}

/// A column and row on the screen, counted from 0 at the top left.
public struct Position: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}

/// A grid of cells that screens draw into; the `Renderer` turns the
/// difference between two buffers into bytes.
///
/// Every write clips: to the buffer's edges, to `maxWidth`, and around wide
/// graphemes, so no caller can corrupt a neighbouring cell or crash on an odd
/// size. Content is passed through the `Sanitizer`, so text from files can
/// never carry an escape sequence to the terminal.
public struct Buffer: Equatable, Sendable {
    /// Columns; never negative.
    public private(set) var width: Int
    /// Rows; never negative.
    public private(set) var height: Int
    /// Where to show the terminal's text cursor, or nil to keep it hidden.
    /// Only used when the renderer is asked not to hide the cursor.
    public var cursor: Position?
    private var cells: [Cell]

    /// A blank buffer. Zero or negative sizes are legal and hold no cells.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        let count = self.width > 0 && self.height > 0 ? self.width * self.height : 0
        self.cells = Array(repeating: .blank, count: count)
    }

    /// The cell at column `x`, row `y`; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * width + x]
    }

    /// Whether the column and row are inside the buffer.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Writes `text` on row `y` from column `x`, and returns the columns used.
    ///
    /// Writing stops at the right edge and after `maxWidth` columns. A wide
    /// grapheme that would straddle that limit becomes a space; one that
    /// starts just left of the buffer shows as a space in column 0.
    /// Zero-width graphemes that stand alone are dropped. Control characters
    /// are neutralised first (`Sanitizer.clean`).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, width > 0 else { return 0 }
        var limit = width
        if let maxWidth {
            guard maxWidth > 0 else { return 0 }
            if x < width - maxWidth { limit = x + maxWidth }
        }
        guard x < limit else { return 0 }
        var column = x
        for grapheme in Sanitizer.clean(text) {
            let w = DisplayWidth.of(grapheme)
            if w == 0 { continue }
            if column + w > limit {
                if column < limit, column >= 0 {
                    place(" ", width: 1, style: style, x: column, y: y)
                    column += 1
                }
                break
            }
            if column >= 0 {
                place(grapheme, width: w, style: style, x: column, y: y)
            } else if column + w > 0 {
                place(" ", width: 1, style: style, x: 0, y: y)
            }
            column += w
        }
        return max(0, column - max(x, 0))
    }

    /// Fills a rectangle with spaces in `style` (typically a background).
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
        guard w > 0, h > 0, x < width, y < height else { return }
        let (left, right) = (max(0, x), Self.end(of: x, length: w, limit: width))
        let (top, bottom) = (max(0, y), Self.end(of: y, length: h, limit: height))
        guard left < right, top < bottom else { return }
        for row in top..<bottom {
            for column in left..<right {
                place(" ", width: 1, style: style, x: column, y: row)
            }
        }
    }

    /// Gives `width` cells of row `y` from column `x` the style `style`,
    /// keeping their text (a selection bar, a highlighted word).
    public mutating func setStyle(x: Int, y: Int, width w: Int, style: Style) {
        updateStyle(x: x, y: y, width: w) { $0 = style }
    }

    /// Changes the style of `width` cells of row `y` from column `x`, keeping
    /// their text: `updateStyle(…) { $0.reverse = true }` marks a selection
    /// without losing its colours. A wide grapheme that is partly inside is
    /// changed whole.
    public mutating func updateStyle(x: Int, y: Int, width w: Int, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height, w > 0, x < width else { return }
        var left = max(0, x)
        var right = Self.end(of: x, length: w, limit: width)
        guard left < right else { return }
        let row = y * width
        if cells[row + left].width == 0, left > 0 { left -= 1 }
        if cells[row + right - 1].width == 2, right < width { right += 1 }
        for column in left..<right {
            change(&cells[row + column].style)
        }
    }

    /// Copies `other` over the rows from `y` down, as far as both reach: a screen drawn in
    /// its own buffer becomes a panel of this one. Rows are whole, so no wide grapheme is
    /// split; `other`'s cursor comes along, moved down by `y`.
    public mutating func paste(_ other: Buffer, y: Int) {
        guard other.width == width, y >= 0 else { return }
        let rows = max(0, min(other.height, height - y))
        guard rows > 0 else { return }
        cells.replaceSubrange((y * width)..<((y + rows) * width), with: other.cells[0..<(rows * width)])
        if let c = other.cursor, c.y < rows { cursor = Position(x: c.x, y: c.y + y) }
    }

    /// Makes every cell a plain space again.
    public mutating func clear() {
        for i in cells.indices { cells[i] = .blank }
        cursor = nil
    }

    /// `start + length` (length > 0) kept at most `limit`, without overflow.
    private static func end(of start: Int, length: Int, limit: Int) -> Int {
        let (sum, overflow) = start.addingReportingOverflow(length)
        return overflow ? limit : min(sum, limit)
    }

    /// Row `y`'s cells, for the renderer.
    func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// Puts one grapheme of width 1 or 2 at a column where it fits, first
    /// breaking any wide grapheme it overlaps so no half of one is left.
    private mutating func place(_ text: Character, width w: Int, style: Style, x: Int, y: Int) {
        let i = y * width + x
        breakWide(at: i, column: x)
        cells[i] = Cell(text: text, style: style, width: UInt8(w))
        if w == 2 {
            breakWide(at: i + 1, column: x + 1)
            cells[i + 1] = Cell(text: " ", style: style, width: 0)
        }
    }

    /// If cell `i` is half of a wide grapheme, turns the other half into a space.
    private mutating func breakWide(at i: Int, column: Int) {
        switch cells[i].width {
        case 0 where column > 0:
            cells[i - 1] = Cell(text: " ", style: cells[i - 1].style, width: 1)
            cells[i].width = 1
        case 2 where column + 1 < width:
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style, width: 1)
            cells[i].width = 1
        default:
            break
        }
    }
}
