import DisplayWidth

/// Draws a pipe table with box-drawing borders, each column as wide as its content.
///
/// When the table is wider than the space, columns are narrowed from the widest down
/// (water-filling) and their cells wrap. When even one column per cell cannot fit,
/// each row is shown as `header: value` lines instead.
struct TableLayout {
    let table: Table
    let width: Int

    init(table: Table, width: Int) {
        self.table = table
        self.width = max(1, width)
    }

    private var columnCount: Int { table.alignments.count }
    private static let border = TextStyle(.tableBorder)

    private func pieces(_ cell: [Inline], header: Bool) -> [InlinePiece] {
        InlinePieces.pieces(cell, base: header ? TextStyle(.tableHeader, strong: true) : .body)
    }

    mutating func render() -> [[StyledSpan]] {
        let n = columnCount
        guard n > 0 else { return [] }
        let frame = 3 * n + 1
        guard width >= frame + n else { return stacked() }
        let natural = (0..<n).map { column in
            ([table.header] + table.rows).map { row in naturalWidth(pieces(row[column], header: false)) }.max() ?? 1
        }
        let widths = Self.fit(natural.map { max(1, $0) }, budget: width - frame)
        var out: [[StyledSpan]] = []
        out.append(rule("┌", "┬", "┐", widths))
        out += row(table.header, widths, header: true)
        out.append(rule("├", "┼", "┤", widths))
        for cells in table.rows { out += row(cells, widths, header: false) }
        out.append(rule("└", "┴", "┘", widths))
        return out
    }

    /// Widest line of a cell when nothing wraps (hard breaks still split it).
    private func naturalWidth(_ pieces: [InlinePiece]) -> Int {
        TextWrapper.wrap(pieces, width: Int.max / 4).map(Columns.width).max() ?? 0
    }

    /// Caps the widest columns until the sum fits the budget; each column keeps ≥ 1.
    static func fit(_ natural: [Int], budget: Int) -> [Int] {
        guard natural.reduce(0, +) > budget else { return natural }
        var low = 1, high = natural.max() ?? 1
        while low < high {  // the largest cap whose total fits
            let mid = (low + high + 1) / 2
            if natural.reduce(0, { $0 + min($1, mid) }) <= budget { low = mid } else { high = mid - 1 }
        }
        var widths = natural.map { min($0, low) }
        var spare = budget - widths.reduce(0, +)
        for i in widths.indices where spare > 0 && widths[i] < natural[i] {
            widths[i] += 1
            spare -= 1
        }
        return widths
    }

    private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> [StyledSpan] {
        let text = left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: middle) + right
        return [StyledSpan(text, Self.border)]
    }

    private func row(_ cells: [[Inline]], _ widths: [Int], header: Bool) -> [[StyledSpan]] {
        let wrapped = widths.indices.map { column in
            TextWrapper.wrap(pieces(cells[column], header: header), width: widths[column])
        }
        let height = wrapped.map(\.count).max() ?? 1
        var out: [[StyledSpan]] = []
        for lineIndex in 0..<height {
            var spans = [StyledSpan("│", Self.border)]
            for column in widths.indices {
                let content = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : []
                let free = max(0, widths[column] - Columns.width(content))
                let (before, after): (Int, Int)
                switch table.alignments[column] {
                case .right: (before, after) = (free, 0)
                case .center: (before, after) = (free / 2, free - free / 2)
                case .left, .none: (before, after) = (0, free)
                }
                spans.append(StyledSpan(String(repeating: " ", count: before + 1)))
                spans += content
                spans.append(StyledSpan(String(repeating: " ", count: after + 1)))
                spans.append(StyledSpan("│", Self.border))
            }
            out.append(spans)
        }
        return out
    }

    /// Too narrow for a grid: every row as `header: value` lines, rows apart by a blank.
    private func stacked() -> [[StyledSpan]] {
        var out: [[StyledSpan]] = []
        for (index, cells) in table.rows.enumerated() {
            if index > 0 { out.append([]) }
            for column in cells.indices {
                let label = pieces(table.header[column], header: true) + [.text(": ", TextStyle(.tableHeader, strong: true))]
                out += TextWrapper.wrap(label + pieces(cells[column], header: false), width: width)
            }
        }
        if table.rows.isEmpty {
            out += TextWrapper.wrap(table.header.flatMap { pieces($0, header: true) + [.text(" ", .body)] }, width: width)
        }
        return out
    }
}
