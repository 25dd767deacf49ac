/// A TeX atom class: decides the spacing a symbol gets from its neighbours.
enum MathAtomClass: Equatable, Sendable {
    case ordinary
    case largeOperator      // ∑ ∏ ∫: limits attach as scripts
    case binary             // + − · ×
    case relation           // = ≤ ∈ →
    case opening
    case closing
    case punctuation
    case operatorName       // log, exp, softmax: upright words set off by a space
}

/// Letter styles of `\mathbb`, `\mathcal` and friends; the rest render as plain letters.
enum MathFont: Equatable, Sendable {
    case plain
    case doubleStruck
    case calligraphic
}

/// The environments the renderer knows, by how they are drawn.
enum MathEnvironment: Equatable, Sendable {
    /// A grid of cells between brackets: `(`, `[`, `|`, `‖`, `{`, or none.
    case matrix(left: String, right: String)
    /// Rows aligned at `&`: aligned, align, gather, split, equation.
    case aligned
    /// A left brace before rows of `value & condition`.
    case cases
}

/// The parse tree of a math expression.
indirect enum MathNode: Equatable, Sendable {
    case symbol(String, MathAtomClass)
    /// `width` columns of space; `soft` marks source whitespace, which tight contexts drop.
    /// Width 0 and soft: whitespace TeX drops after a control word, kept only as a fact.
    case space(width: Int, soft: Bool)
    case group([MathNode])
    case scripted(base: MathNode, sub: [MathNode]?, sup: [MathNode]?)
    case fraction(numerator: [MathNode], denominator: [MathNode])
    case binomial(top: [MathNode], bottom: [MathNode])
    case root(radicand: [MathNode], index: [MathNode]?)
    /// `mark` is a combining character placed over each letter of the body.
    case accent([MathNode], mark: Character)
    case styled([MathNode], font: MathFont, atomClass: MathAtomClass)
    /// Upright text: `\text{…}` and operator names.
    case word(String, MathAtomClass)
    case fenced(left: String, body: [MathNode], right: String)
    case environment(MathEnvironment, rows: [[[MathNode]]])

    /// The class that decides spacing around this node.
    var atomClass: MathAtomClass {
        switch self {
        case .symbol(_, let c), .word(_, let c), .styled(_, _, let c): return c
        case .scripted(let base, _, _): return base.atomClass
        default: return .ordinary
        }
    }

    /// True for text that brings its own leading space, such as `\text{ if}`.
    var startsWithSpace: Bool {
        if case .word(let text, _) = self { return text.first == " " }
        return false
    }

    var endsWithSpace: Bool {
        if case .word(let text, _) = self { return text.last == " " }
        return false
    }

    var isSpace: Bool {
        if case .space = self { return true }
        return false
    }
}
