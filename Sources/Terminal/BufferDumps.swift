/// Readable dumps of a buffer: the oracle of golden screen tests.
extension Buffer {
    /// The rows as text joined by "\n", each with trailing spaces trimmed.
    public func textDump() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for cell in row(y) where cell.width != 0 {
                line.append(cell.text)
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// One line per run of cells that share a style other than plain, like
    /// `r3 c0-11 bold fg=ansi(4)` (row 3, columns 0 to 11 inclusive); empty
    /// when every cell is plain.
    public func styleDump() -> String {
        var lines: [String] = []
        for y in 0..<height {
            var x = 0
            let cells = Array(row(y))
            while x < width {
                let style = cells[x].style
                var end = x
                while end + 1 < width && cells[end + 1].style == style { end += 1 }
                if !style.isPlain {
                    lines.append("r\(y) c\(x)-\(end) \(style.dumpDescription)")
                }
                x = end + 1
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension Style {
    /// Attributes, then colours that are not the default: "bold reverse fg=ansi(4)".
    public var dumpDescription: String {
        var parts: [String] = []
        if bold { parts.append("bold") }
        if dim { parts.append("dim") }
        if italic { parts.append("italic") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        if fg != .default { parts.append("fg=\(fg.dumpDescription)") }
        if bg != .default { parts.append("bg=\(bg.dumpDescription)") }
        return parts.joined(separator: " ")
    }
}

extension Color {
    /// "default", "ansi(4)", "indexed(208)" or "rgb(255,128,0)".
    public var dumpDescription: String {
        switch self {
        case .default: return "default"
        case .ansi(let n): return "ansi(\(n))"
        case .indexed(let n): return "indexed(\(n))"
        case .rgb(let r, let g, let b): return "rgb(\(r),\(g),\(b))"
        }
    }
}
