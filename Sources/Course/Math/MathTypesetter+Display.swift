/// Display math: stacked fractions, grids for matrices, rows for aligned equations and cases.
extension MathTypesetter {
    /// A whole display expression; several rows or `&` cells are set as aligned equations.
    func box(rows: [[[MathNode]]]) -> MathBox {
        if rows.count == 1, rows[0].count == 1 { return box(rows[0][0]) }
        return alignedBox(rows)
    }

    func box(_ nodes: [MathNode]) -> MathBox {
        var items: [(box: MathBox, gap: Int)] = []
        var previousText = ""
        for item in Self.spaced(nodes, tight: false) {
            let piece = box(item.node)
            let pieceText = piece.height == 1 ? piece.lines[0] : ""
            items.append((piece, Self.separated(previousText, pieceText, gap: item.gap)))
            previousText = pieceText
        }
        return MathBox.row(items)
    }

    private func box(_ node: MathNode) -> MathBox {
        switch node {
        case .fraction(let numerator, let denominator):
            return stacked(box(numerator), box(denominator), bar: "─")
        case .binomial(let top, let bottom):
            let inner = stacked(box(top), box(bottom), bar: nil)
            return delimited(inner, left: "(", right: ")")
        case .group(let nodes):
            return box(nodes)
        case .fenced(let left, let body, let right):
            let inner = box(body)
            if inner.height == 1 { return MathBox(left + inner.lines[0] + right) }
            return delimited(inner, left: left, right: right)
        case .environment(let environment, let rows):
            switch environment {
            case .matrix(let left, let right):
                return matrixBox(rows, left: left, right: right)
            case .aligned:
                return alignedBox(rows)
            case .cases:
                return casesBox(rows)
            }
        default:
            return MathBox(text(node, tight: false))
        }
    }

    /// Numerator over denominator, centred, with a bar one column wider on each side.
    private func stacked(_ top: MathBox, _ bottom: MathBox, bar: Character?) -> MathBox {
        let inner = max(top.width, bottom.width)
        let width = bar == nil ? inner : inner + 2
        var lines = top.placed(at: (width - top.width) / 2, within: width)
        if let bar { lines.append(String(repeating: bar, count: width)) }
        lines += bottom.placed(at: (width - bottom.width) / 2, within: width)
        return MathBox(lines: lines, baseline: bar == nil ? max(top.height - 1, 0) : top.height)
    }

    /// `inner` between delimiters drawn as tall as it is.
    private func delimited(_ inner: MathBox, left: String, right: String) -> MathBox {
        let leftPieces = MathDelimiters.tall(left, height: inner.height)
        let rightPieces = MathDelimiters.tall(right, height: inner.height)
        let lines = (0..<inner.height).map { leftPieces[$0] + inner.paddedLine($0) + rightPieces[$0] }
        return MathBox(lines: lines, baseline: inner.baseline)
    }

    private func cellTexts(_ rows: [[[MathNode]]]) -> [[String]] {
        let cells = rows.map { row in row.map { text($0, tight: false) } }
        let columns = cells.map(\.count).max() ?? 0
        return cells.map { $0 + Array(repeating: "", count: columns - $0.count) }
    }

    /// A grid: numeric columns right-aligned, others centred, two spaces between columns.
    private func matrixBox(_ rows: [[[MathNode]]], left: String, right: String) -> MathBox {
        let cells = cellTexts(rows)
        let columns = cells.first?.count ?? 0
        let widths = (0..<columns).map { column in cells.map { MathBox.columns($0[column]) }.max() ?? 0 }
        let numeric = (0..<columns).map { column in cells.allSatisfy { $0[column].isEmpty || Self.isNumber($0[column]) } }
        let leftPieces = MathDelimiters.tall(left, height: cells.count)
        let rightPieces = MathDelimiters.tall(right, height: cells.count)
        var lines: [String] = []
        for (index, row) in cells.enumerated() {
            let content = (0..<columns).map { column in
                Self.pad(row[column], to: widths[column], alignment: numeric[column] ? .right : .center)
            }.joined(separator: "  ")
            let opening = left.isEmpty ? "" : leftPieces[index] + " "
            let closing = right.isEmpty ? "" : " " + rightPieces[index]
            lines.append(opening + content + closing)
        }
        return MathBox(lines: lines, baseline: (cells.count - 1) / 2)
    }

    /// Aligned equations: columns alternate right and left alignment at each `&`, as `align` does.
    private func alignedBox(_ rows: [[[MathNode]]]) -> MathBox {
        let cells = cellTexts(rows)
        let columns = cells.first?.count ?? 0
        let used = (0..<columns).filter { column in cells.contains { !$0[column].isEmpty } }
        let widths = (0..<columns).map { column in cells.map { MathBox.columns($0[column]) }.max() ?? 0 }
        var lines: [String] = []
        for row in cells {
            var line = ""
            for (position, column) in used.enumerated() {
                if position > 0 { line += column % 2 == 1 ? " " : "    " }
                let alignment: Alignment = used.count == 1 ? .center : (column % 2 == 0 ? .right : .left)
                line += Self.pad(row[column], to: widths[column], alignment: alignment)
            }
            lines.append(line)
        }
        return MathBox(lines: lines, baseline: (cells.count - 1) / 2)
    }

    /// A brace before rows of `value  condition`.
    private func casesBox(_ rows: [[[MathNode]]]) -> MathBox {
        let cells = cellTexts(rows)
        let columns = cells.first?.count ?? 0
        let widths = (0..<columns).map { column in cells.map { MathBox.columns($0[column]) }.max() ?? 0 }
        let brace = MathDelimiters.tall("{", height: cells.count)
        let lines = cells.enumerated().map { index, row in
            brace[index] + " " + (0..<columns).map { Self.pad(row[$0], to: widths[$0], alignment: .left) }.joined(separator: "  ")
        }
        return MathBox(lines: lines, baseline: (cells.count - 1) / 2)
    }

    enum Alignment { case left, center, right }

    static func pad(_ text: String, to width: Int, alignment: Alignment) -> String {
        let missing = max(width - MathBox.columns(text), 0)
        switch alignment {
        case .left: return text + MathBox.spaces(missing)
        case .right: return MathBox.spaces(missing) + text
        case .center: return MathBox.spaces(missing / 2) + text + MathBox.spaces(missing - missing / 2)
        }
    }

    /// `12`, `−0.5`, `3.`: the cells a matrix right-aligns.
    static func isNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "−" || digits.first == "-" { digits.removeFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return false }
        return digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." }
    }
}

/// Brackets drawn over several lines with the Unicode bracket pieces (⎡ ⎢ ⎣ …).
enum MathDelimiters {
    static func tall(_ delimiter: String, height: Int) -> [String] {
        guard height > 1 else { return Array(repeating: delimiter, count: max(height, 1)) }
        func pieces(_ top: String, _ middle: String, _ bottom: String) -> [String] {
            [top] + Array(repeating: middle, count: height - 2) + [bottom]
        }
        func brace(_ top: String, _ centre: String, _ bottom: String, _ extender: String, _ pair: (String, String)) -> [String] {
            if height == 2 { return [pair.0, pair.1] }
            var result = pieces(top, extender, bottom)
            result[(height - 1) / 2] = centre
            return result
        }
        switch delimiter {
        case "(": return pieces("⎛", "⎜", "⎝")
        case ")": return pieces("⎞", "⎟", "⎠")
        case "[": return pieces("⎡", "⎢", "⎣")
        case "]": return pieces("⎤", "⎥", "⎦")
        case "⌈": return pieces("⎡", "⎢", "⎢")
        case "⌉": return pieces("⎤", "⎥", "⎥")
        case "⌊": return pieces("⎢", "⎢", "⎣")
        case "⌋": return pieces("⎥", "⎥", "⎦")
        case "{": return brace("⎧", "⎨", "⎩", "⎪", ("⎰", "⎱"))
        case "}": return brace("⎫", "⎬", "⎭", "⎪", ("⎱", "⎰"))
        case "|": return Array(repeating: "│", count: height)
        case "‖": return Array(repeating: "‖", count: height)
        default:
            // ⟨ ⟩ and the rest have no pieces: the delimiter sits on the middle line.
            let blank = MathBox.spaces(MathBox.columns(delimiter))
            var result = Array(repeating: blank, count: height)
            result[(height - 1) / 2] = delimiter
            return result
        }
    }
}
