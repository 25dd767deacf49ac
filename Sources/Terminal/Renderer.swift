/// Turns the difference between two buffers into the bytes of one frame.
///
/// A frame is wrapped in synchronized output (ESC[?2026h … ESC[?2026l) so the
/// terminal shows it at once. Unchanged cells are skipped; the cursor moves
/// with CUF within a row and CUP across rows; SGR is sent only when the style
/// changes and reset at the end, so every frame starts and ends in the plain
/// style. With no previous frame, or a new size, the screen is cleared and
/// everything drawn. An unchanged frame is zero bytes.
public enum Renderer {
    static let synchronizedStart: [UInt8] = Array("\u{1B}[?2026h".utf8)
    static let synchronizedEnd: [UInt8] = Array("\u{1B}[?2026l".utf8)

    /// The bytes that take the screen from `previous` (nil: unknown) to `next`.
    ///
    /// With `cursorHidden` false the text cursor is shown at `next.cursor`
    /// (and hidden when that is nil); with true it stays hidden.
    public static func frame(from previous: Buffer?, to next: Buffer, mode: ColorMode, cursorHidden: Bool = true) -> [UInt8] {
        var sink = EscapeSink()
        let fullRepaint = previous.map { $0.width != next.width || $0.height != next.height } ?? true
        let base = fullRepaint ? Buffer(width: next.width, height: next.height) : (previous ?? next)
        let visibleCursor = cursorHidden ? nil : next.cursor.flatMap { next.contains(x: $0.x, y: $0.y) ? $0 : nil }
        let previousCursor = fullRepaint || cursorHidden ? nil : base.cursor.flatMap { base.contains(x: $0.x, y: $0.y) ? $0 : nil }

        if fullRepaint {
            sink.bytes.append(contentsOf: Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8))
            sink.cursor = Position(x: 0, y: 0)
        }
        if visibleCursor != nil || previousCursor != nil || fullRepaint {
            sink.bytes.append(contentsOf: Array("\u{1B}[?25l".utf8))
        }
        let prologue = sink.bytes.count
        drawChanges(from: base, to: next, mode: mode, into: &sink)
        let drewCells = sink.bytes.count > prologue
        if sink.style != .plain { sink.resetStyle() }

        if let cursor = visibleCursor {
            guard fullRepaint || drewCells || cursor != previousCursor else { return [] }
            sink.moveTo(x: cursor.x, y: cursor.y)
            sink.bytes.append(contentsOf: Array("\u{1B}[?25h".utf8))
        } else {
            guard fullRepaint || drewCells || previousCursor != nil else { return [] }
        }
        return synchronizedStart + sink.bytes + synchronizedEnd
    }

    private static func drawChanges(from base: Buffer, to next: Buffer, mode: ColorMode, into sink: inout EscapeSink) {
        let width = next.width
        for y in 0..<next.height {
            let old = base.row(y)
            let new = next.row(y)
            let start = new.startIndex
            let oldStart = old.startIndex
            var x = 0
            while x < width {
                let cell = new[start + x]
                if cell.width == 0 {
                    x += 1
                    continue
                }
                var changed = cell != old[oldStart + x]
                if !changed, cell.width == 2, x + 1 < width {
                    changed = new[start + x + 1] != old[oldStart + x + 1]
                }
                if changed {
                    sink.moveTo(x: x, y: y)
                    sink.setStyle(cell.style.downsampled(to: mode))
                    sink.bytes.append(contentsOf: cell.text.utf8)
                    sink.cursor = x + Int(cell.width) < width ? Position(x: x + Int(cell.width), y: y) : nil
                }
                x += Int(max(1, cell.width))
            }
        }
    }
}

/// Bytes of escape sequences, with the cursor and style they leave behind.
struct EscapeSink {
    var bytes: [UInt8] = []
    /// Where the terminal's cursor is, or nil when not known (at the start,
    /// and after writing in the last column, where terminals differ).
    var cursor: Position?
    /// The style the terminal is in: frames start and end plain.
    var style: Style = .plain

    mutating func moveTo(x: Int, y: Int) {
        if let cursor, cursor.y == y, cursor.x <= x {
            if cursor.x < x {
                csi()
                if x - cursor.x > 1 { number(x - cursor.x) }
                bytes.append(0x43)  // C: cursor forward
            }
        } else {
            csi()
            if x > 0 || y > 0 { number(y + 1) }
            if x > 0 {
                bytes.append(0x3B)
                number(x + 1)
            }
            bytes.append(0x48)  // H: cursor position
        }
        cursor = Position(x: x, y: y)
    }

    mutating func setStyle(_ next: Style) {
        guard next != style else { return }
        csi()
        bytes.append(0x30)
        if next.bold { parameter(1) }
        if next.dim { parameter(2) }
        if next.italic { parameter(3) }
        if next.underline { parameter(4) }
        if next.reverse { parameter(7) }
        color(next.fg, base: 30, brightBase: 90, extended: 38)
        color(next.bg, base: 40, brightBase: 100, extended: 48)
        bytes.append(0x6D)  // m
        style = next
    }

    mutating func resetStyle() {
        bytes.append(contentsOf: [0x1B, 0x5B, 0x30, 0x6D])
        style = .plain
    }

    private mutating func color(_ color: Color, base: Int, brightBase: Int, extended: Int) {
        switch color {
        case .default:
            break
        case .ansi(let n) where n < 8:
            parameter(base + Int(n))
        case .ansi(let n) where n < 16:
            parameter(brightBase + Int(n) - 8)
        case .ansi(let n), .indexed(let n):
            parameter(extended)
            parameter(5)
            parameter(Int(n))
        case .rgb(let r, let g, let b):
            parameter(extended)
            parameter(2)
            parameter(Int(r))
            parameter(Int(g))
            parameter(Int(b))
        }
    }

    private mutating func csi() {
        bytes.append(0x1B)
        bytes.append(0x5B)
    }

    private mutating func parameter(_ n: Int) {
        bytes.append(0x3B)
        number(n)
    }

    private mutating func number(_ n: Int) {
        if n >= 10 { number(n / 10) }
        bytes.append(UInt8(0x30 + n % 10))
    }
}
