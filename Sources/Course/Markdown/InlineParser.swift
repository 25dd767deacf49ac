/// Parses the inline content of a paragraph, heading or table cell: emphasis, strong,
/// code spans, links, images, `$…$` math, escapes and line breaks.
///
/// Works on one flat array of scalars with a position for each, so a problem deep inside
/// a wrapped paragraph is still reported at its own line and column. Line ends become
/// `\n` (soft break) or NUL (hard break); NUL cannot occur in the text because
/// `SourceLine.split` replaces it.
struct InlineParser {
    let chars: [Unicode.Scalar]
    let positions: [(line: Int, column: Int)]
    private let source: String
    private(set) var diagnostics: [Diagnostic] = []

    static let softBreak: Unicode.Scalar = "\n"
    static let hardBreak: Unicode.Scalar = "\u{0}"

    /// Parses the given lines (already stripped of block prefixes) as one run of inline text.
    static func parse(_ lines: [SourceLine], source: String) -> (inlines: [Inline], diagnostics: [Diagnostic]) {
        var parser = InlineParser(lines: lines, source: source)
        let inlines = parser.parse(0, parser.chars.count)
        return (inlines, parser.diagnostics)
    }

    private init(lines: [SourceLine], source: String) {
        self.source = source
        var chars: [Unicode.Scalar] = []
        var positions: [(line: Int, column: Int)] = []
        let total = lines.reduce(0) { $0 + $1.scalars.count + 1 }
        chars.reserveCapacity(total)
        positions.reserveCapacity(total)
        for (index, raw) in lines.enumerated() {
            let isLast = index == lines.count - 1
            var line = raw.trimmingLeading
            let trailingSpaces = line.scalars.count - line.trimmingTrailing.scalars.count
            line = line.trimmingTrailing
            var breakMark: Unicode.Scalar? = isLast ? nil : Self.softBreak
            if !isLast {
                if line.scalars.last == "\\" && !Self.endsWithEscapedBackslash(line.scalars) {
                    line.scalars.removeLast()
                    breakMark = Self.hardBreak
                } else if trailingSpaces >= 2 {
                    breakMark = Self.hardBreak
                }
            }
            for (offset, scalar) in line.scalars.enumerated() {
                chars.append(scalar)
                positions.append((line.number, line.column + offset))
            }
            if let mark = breakMark {
                chars.append(mark)
                positions.append((line.number, line.column + line.scalars.count))
            }
        }
        self.chars = chars
        self.positions = positions
    }

    /// True when the line ends in `\\` (an escaped backslash, not a hard break).
    private static func endsWithEscapedBackslash(_ s: [Unicode.Scalar]) -> Bool {
        var count = 0
        var i = s.count - 1
        while i >= 0 && s[i] == "\\" { count += 1; i -= 1 }
        return count % 2 == 0
    }

    // MARK: - The scanner

    mutating func parse(_ lo: Int, _ hi: Int) -> [Inline] {
        var out: [Inline] = []
        var text: [Unicode.Scalar] = []
        func flush() {
            if !text.isEmpty {
                out.append(.text(String(scalars: text[...])))
                text.removeAll(keepingCapacity: true)
            }
        }
        var i = lo
        while i < hi {
            let c = chars[i]
            switch c {
            case "\\":
                if i + 1 < hi && chars[i + 1].isASCIIPunctuation {
                    text.append(chars[i + 1])
                    i += 2
                } else {
                    text.append(c)
                    i += 1
                }
            case Self.softBreak:
                flush(); out.append(.softBreak); i += 1
            case Self.hardBreak:
                flush(); out.append(.hardBreak); i += 1
            case "`":
                let n = runLength(at: i, hi)
                if let close = findCodeSpanEnd(from: i + n, length: n, hi) {
                    flush()
                    out.append(.code(codeSpanText(i + n, close)))
                    i = close + n
                } else {
                    text.append(contentsOf: chars[i..<(i + n)])
                    i += n
                }
            case "$":
                if let (content, end) = mathSpan(at: i, hi) {
                    flush()
                    let latex = String(scalars: chars[content])
                    out.append(.math(latex))
                    reportMathIssues(latex, startingAt: content.lowerBound)
                    i = end
                } else {
                    let p = positions[i]
                    diagnostics.append(.error(source, p.line, p.column,
                        "unclosed inline math: this `$` has no closing `$` on the same line (write \\$ for a dollar sign)"))
                    text.append(c)
                    i += 1
                }
            case "!" where i + 1 < hi && chars[i + 1] == "[":
                if let link = linkSpan(at: i + 1, hi) {
                    flush()
                    let alt = Inline.plainText(parse(link.text.lowerBound, link.text.upperBound))
                    let p = positions[i]
                    out.append(.image(Inline.Image(alt: alt, path: link.destination, line: p.line, column: p.column)))
                    i = link.end
                } else {
                    text.append(c)
                    i += 1
                }
            case "[":
                if let link = linkSpan(at: i, hi) {
                    flush()
                    out.append(.link(text: parse(link.text.lowerBound, link.text.upperBound), destination: link.destination))
                    i = link.end
                } else {
                    text.append(c)
                    i += 1
                }
            case "*", "_":
                if let emphasis = emphasisSpan(at: i, hi) {
                    text.append(contentsOf: chars[i..<(i + emphasis.literalPrefix)])
                    flush()
                    let inner = parse(emphasis.content.lowerBound, emphasis.content.upperBound)
                    switch emphasis.strength {
                    case 1: out.append(.emphasis(inner))
                    case 2: out.append(.strong(inner))
                    default: out.append(.strong([.emphasis(inner)]))
                    }
                    i = emphasis.end
                } else {
                    let n = runLength(at: i, hi)
                    text.append(contentsOf: chars[i..<(i + n)])
                    i += n
                }
            default:
                text.append(c)
                i += 1
            }
        }
        flush()
        return out
    }

    func runLength(at i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi && chars[j] == chars[i] { j += 1 }
        return j - i
    }

    // MARK: - Code spans

    func findCodeSpanEnd(from start: Int, length n: Int, _ hi: Int) -> Int? {
        var j = start
        while j < hi {
            if chars[j] == "`" {
                let m = runLength(at: j, hi)
                if m == n { return j }
                j += m
            } else {
                j += 1
            }
        }
        return nil
    }

    private func codeSpanText(_ lo: Int, _ hi: Int) -> String {
        var s = chars[lo..<hi].map { $0 == Self.softBreak || $0 == Self.hardBreak ? " " : $0 }
        if s.count >= 2, s.first == " ", s.last == " ", s.contains(where: { $0 != " " }) {
            s.removeFirst()
            s.removeLast()
        }
        return String(scalars: s[...])
    }

    // MARK: - Math

    /// `$…$` or `$$…$$` closed on the same line; returns the LaTeX range and the index after it.
    func mathSpan(at i: Int, _ hi: Int) -> (Range<Int>, Int)? {
        let double = i + 1 < hi && chars[i + 1] == "$"
        let open = double ? 2 : 1
        var j = i + open
        while j < hi {
            let c = chars[j]
            if c == Self.softBreak || c == Self.hardBreak { return nil }
            if c == "\\" { j += 2; continue }
            if c == "$" {
                if double {
                    if j + 1 < hi && chars[j + 1] == "$" {
                        return j > i + open ? (i + open..<j, j + 2) : nil
                    }
                } else {
                    return j > i + open ? (i + open..<j, j + 1) : nil
                }
            }
            j += 1
        }
        return nil
    }

    private mutating func reportMathIssues(_ latex: String, startingAt start: Int) {
        for issue in MathRenderer.issues(latex) {
            let index = min(max(start, start + issue.offset), positions.count - 1)
            let p = positions[index]
            diagnostics.append(.error(source, p.line, p.column, "math: \(issue.message)"))
        }
    }
}

extension String {
    /// The string without leading and trailing spaces (only U+0020: tabs are gone by now).
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
