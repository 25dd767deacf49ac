/// Turns parsed math into text: one line for inline math, boxes for display math.
struct MathTypesetter {
    // MARK: Inline text

    /// A whole expression on one line; rows (from `\\`) are joined with `; `.
    func text(rows: [[[MathNode]]]) -> String {
        if rows.count == 1, rows[0].count == 1 { return text(rows[0][0], tight: false) }
        return rows.map { row in
            row.map { text($0, tight: false) }.filter { !$0.isEmpty }.joined(separator: " ")
        }.joined(separator: "; ")
    }

    func text(_ nodes: [MathNode], tight: Bool) -> String {
        var result = ""
        var previous = ""
        let items = Self.spaced(nodes, tight: tight)
        for (index, item) in items.enumerated() {
            var piece = text(item.node, tight: tight)
            // `\frac{1}{2}x` must not read as 1/(2x).
            if case .fraction = item.node, index + 1 < items.count, items[index + 1].gap == 0,
               [.ordinary, .opening, .operatorName, .largeOperator].contains(items[index + 1].atomClass) {
                piece = "(" + piece + ")"
            }
            result += MathBox.spaces(Self.separated(previous, piece, gap: item.gap)) + piece
            previous = piece
        }
        return result
    }

    func text(_ node: MathNode, tight: Bool) -> String {
        switch node {
        case .symbol(let glyph, _), .word(let glyph, _):
            return glyph
        case .space(let width, _):
            return MathBox.spaces(width)
        case .group(let nodes):
            return text(nodes, tight: tight)
        case .scripted(let base, let sub, let sup):
            var core = text(base, tight: tight)
            if case .fraction = base { core = "(" + core + ")" }      // (a/b)², not a/b²
            return core + script(sub, .subscript) + script(sup, .superscript)
        case .fraction(let numerator, let denominator):
            let top = text(numerator, tight: true)
            let bottom = text(denominator, tight: true)
            return (MathShape.isProduct(numerator) ? top : "(" + top + ")") + "/"
                + (MathShape.isAtomic(denominator) ? bottom : "(" + bottom + ")")
        case .binomial(let top, let bottom):
            return "C(" + text(top, tight: true) + ", " + text(bottom, tight: true) + ")"
        case .root(let radicand, let index):
            let body = text(radicand, tight: true)
            return rootSign(index) + (MathShape.isAtomic(radicand) ? body : "(" + body + ")")
        case .accent(let nodes, let mark):
            return Self.accented(text(nodes, tight: tight), mark: mark)
        case .styled(let nodes, let font, _):
            return String(text(nodes, tight: tight).map { MathSymbols.styled($0, font: font) })
        case .fenced(let left, let body, let right):
            return left + text(body, tight: tight) + right
        case .environment(let environment, let rows):
            return inlineEnvironment(environment, rows: rows)
        }
    }

    /// The gap, widened to one column when `previous` ends in a script with no Unicode form
    /// and `next` would run into it: `∇_θ ℒ`, not `∇_θℒ`.
    static func separated(_ previous: String, _ next: String, gap: Int) -> Int {
        guard gap == 0, let first = next.first, first.isLetter || first.isNumber,
              let marker = previous.lastIndex(where: { $0 == "_" || $0 == "^" }) else { return gap }
        let script = previous[previous.index(after: marker)...]
        return script.isEmpty || MathScripts.isParenthesised(String(script)) ? gap : 1
    }

    private func script(_ nodes: [MathNode]?, _ position: MathScripts.Position) -> String {
        guard let nodes else { return "" }
        return MathScripts.render(text(nodes, tight: true), as: position)
    }

    private func rootSign(_ index: [MathNode]?) -> String {
        guard let index else { return "√" }
        let degree = text(index, tight: true)
        switch degree {
        case "": return "√"
        case "3": return "∛"
        case "4": return "∜"
        default: return (MathScripts.convert(degree, to: .superscript) ?? "(" + degree + ")") + "√"
        }
    }

    /// Puts a combining mark over every letter and digit, skipping script glyphs (`ŷᵢ`).
    static func accented(_ text: String, mark: Character) -> String {
        var result = ""
        for character in text {
            result.append(character)
            if (character.isLetter || character.isNumber) && !MathScripts.allGlyphs.contains(character) {
                result.unicodeScalars.append(contentsOf: mark.unicodeScalars)
            }
        }
        return result
    }

    /// Matrices become nested lists (`[[1, 2], [3, 4]]`); aligned rows and cases join with `;`.
    private func inlineEnvironment(_ environment: MathEnvironment, rows: [[[MathNode]]]) -> String {
        let cells = rows.map { row in row.map { text($0, tight: false) } }
        switch environment {
        case .matrix(let left, let right):
            let list = "[" + cells.map { "[" + $0.joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
            return left == "|" || left == "‖" ? left + list + right : list
        case .aligned:
            return cells.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "; ")
        case .cases:
            return "{" + cells.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.joined(separator: "; ") + "}"
        }
    }
}
