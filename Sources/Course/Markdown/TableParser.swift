/// Parses a pipe table: a header row, an alignment row (`| :--- | ---: |`), body rows.
///
/// A row with the wrong number of cells is reported at its line and then padded or cut to
/// the header's width, so the rest of the lesson still lays out.
struct TableParser {
    let source: String
    var diagnostics: [Diagnostic] = []

    init(source: String) {
        self.source = source
    }

    /// The alignments of an alignment row, or nil when the line is not one. The row must
    /// hold a `|`, so a lone `---` stays a thematic break.
    static func alignments(_ body: SourceLine) -> [Table.Alignment]? {
        guard body.scalars.contains("|") else { return nil }
        var result: [Table.Alignment] = []
        for cell in cells(body) {
            var s = cell.scalars
            guard !s.isEmpty else { return nil }
            let left = s.first == ":", right = s.last == ":"
            if left { s.removeFirst() }
            if right && !s.isEmpty { s.removeLast() }
            guard !s.isEmpty, s.allSatisfy({ $0 == "-" }) else { return nil }
            result.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return result.isEmpty ? nil : result
    }

    /// Splits a row at unescaped pipes outside code spans; each cell trimmed, positions kept.
    static func cells(_ line: SourceLine) -> [SourceLine] {
        var row = line.trimmingLeading.trimmingTrailing
        if row.scalars.first == "|" { row = row.dropping(1) }
        let s = row.scalars
        if let last = s.last, last == "|", !(s.count >= 2 && s[s.count - 2] == "\\") {
            row.scalars.removeLast()
        }
        var cells: [SourceLine] = []
        var cellStart = 0
        var i = 0
        var inCode = 0  // length of the open backtick run, 0 outside code
        let scalars = row.scalars
        while i < scalars.count {
            let c = scalars[i]
            if c == "\\" { i += 2; continue }
            if c == "`" {
                var n = 0
                while i + n < scalars.count && scalars[i + n] == "`" { n += 1 }
                if inCode == 0 { inCode = n } else if inCode == n { inCode = 0 }
                i += n
                continue
            }
            if c == "|" && inCode == 0 {
                cells.append(Self.cell(row, cellStart, i))
                cellStart = i + 1
            }
            i += 1
        }
        cells.append(Self.cell(row, cellStart, scalars.count))
        return cells
    }

    private static func cell(_ row: SourceLine, _ lo: Int, _ hi: Int) -> SourceLine {
        let part = SourceLine(scalars: Array(row.scalars[lo..<max(lo, min(hi, row.scalars.count))]),
                              number: row.number, column: row.column + lo)
        return part.trimmingLeading.trimmingTrailing
    }

    mutating func parse(_ lines: [SourceLine], at start: Int, into blocks: inout [Block]) -> Int {
        let headerLine = lines[start].trimmingLeading
        let delimiterLine = lines[start + 1].trimmingLeading
        let headerCells = Self.cells(headerLine)
        var alignments = Self.alignments(delimiterLine) ?? []
        if alignments.count != headerCells.count {
            diagnostics.append(.error(source, delimiterLine.number, delimiterLine.column,
                "table alignment row has \(alignments.count) cells but the header has \(headerCells.count)"))
            alignments = Array(alignments.prefix(headerCells.count))
            alignments += Array(repeating: .none, count: headerCells.count - alignments.count)
        }
        let header = headerCells.map { inlines($0) }
        var rows: [[[Inline]]] = []
        var i = start + 2
        while i < lines.count {
            let line = lines[i]
            if line.isBlank || BlockParser.interruptsParagraph(line.trimmingLeading) { break }
            var cells = Self.cells(line)
            if cells.count != headerCells.count {
                let at = line.trimmingLeading
                diagnostics.append(.error(source, at.number, at.column,
                    "table row has \(cells.count) cells but the header has \(headerCells.count)"))
                if cells.count > headerCells.count {
                    cells = Array(cells.prefix(headerCells.count))
                } else {
                    cells += Array(repeating: SourceLine(scalars: [], number: at.number, column: at.column),
                                   count: headerCells.count - cells.count)
                }
            }
            rows.append(cells.map { inlines($0) })
            i += 1
        }
        blocks.append(Block(.table(Table(alignments: alignments, header: header, rows: rows)),
                            line: headerLine.number, column: headerLine.column))
        return i
    }

    private mutating func inlines(_ cell: SourceLine) -> [Inline] {
        let (result, problems) = InlineParser.parse([cell], source: source)
        diagnostics += problems
        return result
    }
}
