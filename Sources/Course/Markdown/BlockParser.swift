/// Splits lines into blocks: headings, paragraphs, lists, quotes and alerts, tables,
/// thematic breaks, fenced code, display math.
///
/// Containers strip their prefix from each line and parse the rest recursively, so a
/// fence inside a list inside a quote works and keeps its line and column. Every loop
/// consumes at least one line per turn, so malformed input cannot hang the parser.
struct BlockParser {
    let source: String
    var diagnostics: [Diagnostic] = []

    init(source: String) {
        self.source = source
    }

    mutating func parse(_ lines: [SourceLine]) -> [Block] {
        var blocks: [Block] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            if line.isBlank { i += 1; continue }
            let body = line.trimmingLeading
            if let fence = FenceOpener(body) {
                i = parseFence(fence, lines, at: i, into: &blocks)
            } else if body.starts(with: "$$"), let next = parseDisplayMath(lines, at: i, into: &blocks) {
                i = next
            } else if let level = Self.headingLevel(body) {
                blocks.append(heading(body, level: level))
                i += 1
            } else if Self.isThematicBreak(body) {
                blocks.append(Block(.thematicBreak, line: body.number, column: body.column))
                i += 1
            } else if body.scalars.first == ">" {
                i = parseQuote(lines, at: i, into: &blocks)
            } else if ListMarker(body) != nil {
                i = parseList(lines, at: i, into: &blocks)
            } else if Self.startsTable(lines, at: i) {
                var table = TableParser(source: source)
                i = table.parse(lines, at: i, into: &blocks)
                diagnostics += table.diagnostics
            } else {
                i = parseParagraph(lines, at: i, into: &blocks)
            }
        }
        return blocks
    }

    // MARK: - Leaf blocks

    static func headingLevel(_ body: SourceLine) -> Int? {
        let n = body.run(of: "#")
        guard (1...6).contains(n) else { return nil }
        return n == body.scalars.count || body.scalars[n] == " " ? n : nil
    }

    private mutating func heading(_ body: SourceLine, level: Int) -> Block {
        var content = body.dropping(level).trimmingLeading.trimmingTrailing
        // An optional closing sequence of #s, separated by a space, is not part of the title.
        var end = content.scalars.count
        while end > 0 && content.scalars[end - 1] == "#" { end -= 1 }
        if end < content.scalars.count && (end == 0 || content.scalars[end - 1] == " ") {
            content.scalars.removeSubrange(end...)
            content = content.trimmingTrailing
        }
        let (inlines, problems) = InlineParser.parse([content], source: source)
        diagnostics += problems
        return Block(.heading(level: level, content: inlines), line: body.number, column: body.column)
    }

    static func isThematicBreak(_ body: SourceLine) -> Bool {
        guard let mark = body.scalars.first, mark == "-" || mark == "*" || mark == "_" else { return false }
        var count = 0
        for s in body.scalars {
            if s == mark { count += 1 } else if s != " " { return false }
        }
        return count >= 3
    }

    /// True when a line would start a new block, so it cannot continue a paragraph.
    static func interruptsParagraph(_ body: SourceLine) -> Bool {
        if FenceOpener(body) != nil || headingLevel(body) != nil || isThematicBreak(body) { return true }
        if body.scalars.first == ">" || body.starts(with: "$$") { return true }
        if let marker = ListMarker(body) {
            // As in CommonMark, only a non-empty item, and a numbered one only from 1, interrupts.
            return !marker.isEmptyItem && (marker.start == nil || marker.start == 1)
        }
        return false
    }

    private mutating func parseParagraph(_ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int {
        var collected = [lines[start]]
        var i = start + 1
        while i < lines.count {
            let line = lines[i]
            if line.isBlank || Self.interruptsParagraph(line.trimmingLeading) || Self.startsTable(lines, at: i) { break }
            collected.append(line)
            i += 1
        }
        let first = collected[0].trimmingLeading
        let (inlines, problems) = InlineParser.parse(collected, source: source)
        diagnostics += problems
        blocks.append(Block(.paragraph(inlines), line: first.number, column: first.column))
        return i
    }

    static func startsTable(_ lines: [SourceLine], at i: Int) -> Bool {
        guard i + 1 < lines.count, lines[i].scalars.contains("|") else { return false }
        return TableParser.alignments(lines[i + 1].trimmingLeading) != nil
    }

    // MARK: - Display math

    /// `$$ … $$` on one line, or a `$$` line opening a block that a line ending in `$$`
    /// closes. Returns nil (so the line is read as a paragraph) when the line holds
    /// inline text after a closed `$$…$$`.
    private mutating func parseDisplayMath(_ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int? {
        let opener = lines[start].trimmingLeading
        let rest = opener.dropping(2).trimmingTrailing
        if let close = Self.find("$$", in: rest.scalars) {
            guard rest.scalars[(close + 2)...].allSatisfy({ $0 == " " }) else { return nil }
            let latex = String(scalars: rest.scalars[..<close]).trimmingSpaces
            appendDisplayMath(latex, partLines: [opener.number], opener: opener, into: &blocks)
            return start + 1
        }
        var parts: [String] = []
        var partLines: [Int] = []
        let firstPart = rest.string.trimmingSpaces
        if !firstPart.isEmpty { parts.append(firstPart); partLines.append(opener.number) }
        var i = start + 1
        while i < lines.count {
            let line = lines[i].trimmingLeading.trimmingTrailing
            if line.scalars.isEmpty { break }  // a blank line ends a runaway block
            if line.scalars.count >= 2 && line.scalars.suffix(2).elementsEqual("$$".unicodeScalars) {
                let last = String(scalars: line.scalars.dropLast(2)).trimmingSpaces
                if !last.isEmpty { parts.append(last); partLines.append(line.number) }
                appendDisplayMath(parts.joined(separator: "\n"), partLines: partLines, opener: opener, into: &blocks)
                return i + 1
            }
            parts.append(line.string)
            partLines.append(line.number)
            i += 1
        }
        diagnostics.append(.error(source, opener.number, opener.column,
            "display math opened with `$$` is never closed; end it with a line ending in `$$`"))
        appendDisplayMath(parts.joined(separator: "\n"), partLines: partLines, opener: opener, into: &blocks)
        return i
    }

    /// `partLines[i]` is the file line of the i-th line of `latex`, so an issue's character
    /// offset can be reported on the line it is on.
    private mutating func appendDisplayMath(_ latex: String, partLines: [Int], opener: SourceLine, into blocks: inout [Block]) {
        for issue in MathRenderer.issues(latex) {
            let part = latex.prefix(max(0, issue.offset)).filter { $0 == "\n" }.count
            let line = part < partLines.count ? partLines[part] : opener.number
            diagnostics.append(.error(source, line, line == opener.number ? opener.column : 1, "math: \(issue.message)"))
        }
        blocks.append(Block(.displayMath(latex), line: opener.number, column: opener.column))
    }

    static func find(_ needle: String, in scalars: [Unicode.Scalar]) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard scalars.count >= n.count else { return nil }
        var i = 0
        while i + n.count <= scalars.count {
            if scalars[i] == "\\" { i += 2; continue }
            if scalars[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    // MARK: - Fenced code

    private mutating func parseFence(_ fence: FenceOpener, _ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int {
        let opener = lines[start]
        let fenceIndent = opener.indent
        var code: [String] = []
        var i = start + 1
        var closed = false
        while i < lines.count {
            let line = lines[i]
            if fence.isClosed(by: line.trimmingLeading) { closed = true; break }
            code.append(line.dropping(min(fenceIndent, line.indent)).string)
            i += 1
        }
        let at = opener.dropping(fenceIndent)
        if !closed {
            diagnostics.append(.error(source, at.number, at.column,
                "code fence opened here is never closed; add a line with \(String(repeating: String(fence.mark), count: fence.length))"))
        }
        var directive = FenceDirective(source: source)
        blocks.append(directive.block(info: fence.info, code: code, at: at))
        diagnostics += directive.diagnostics
        return closed ? i + 1 : i
    }
}

/// The opening line of a fenced code block: three or more backticks or tildes.
struct FenceOpener {
    var mark: Unicode.Scalar
    var length: Int
    var info: String

    init?(_ body: SourceLine) {
        guard let first = body.scalars.first, first == "`" || first == "~" else { return nil }
        let n = body.run(of: first)
        guard n >= 3 else { return nil }
        let rest = body.scalars[n...]
        if first == "`" && rest.contains("`") { return nil }
        mark = first
        length = n
        info = String(scalars: rest).trimmingSpaces
    }

    func isClosed(by body: SourceLine) -> Bool {
        let n = body.run(of: mark)
        return n >= length && body.scalars[n...].allSatisfy { $0 == " " }
    }
}

/// A bullet (`-`, `*`, `+`) or number (`1.`, `1)`) starting a list item.
struct ListMarker {
    /// The item's number, or nil for a bullet.
    var start: Int?
    /// Scalars taken by the marker itself (`-` is 1, `10.` is 3).
    var width: Int
    /// True when nothing follows the marker on its line.
    var isEmptyItem: Bool

    init?(_ body: SourceLine) {
        let s = body.scalars
        guard let first = s.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            width = 1
            start = nil
        } else {
            var n = 0
            while n < s.count && n < 10 && ("0"..."9").contains(s[n]) { n += 1 }
            guard (1...9).contains(n), n < s.count, s[n] == "." || s[n] == ")" else { return nil }
            start = Int(String(scalars: s[..<n])) ?? 0
            width = n + 1
        }
        guard width == s.count || s[width] == " " else { return nil }
        isEmptyItem = s[width...].allSatisfy { $0 == " " }
    }
}
