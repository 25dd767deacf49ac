/// Parses the LaTeX subset of lesson math into `MathNode`s, reporting what it cannot read.
///
/// Works on the expression's `Character`s, so issue offsets count characters. Every loop
/// consumes input and nesting is capped, so no input can hang or overflow the stack.
struct MathParser {
    typealias Issue = MathRenderer.Issue
    typealias Rows = [[[MathNode]]]

    /// Deeper nesting than any real formula; beyond it the rest of a group is kept as text.
    static let maxDepth = 40

    let characters: [Character]
    var position = 0
    var depth = 0
    var contexts: [Context] = []
    private(set) var issues: [Issue] = []

    /// What the parser is inside of, so a closer knows whom it belongs to.
    enum Context: Equatable {
        case group, optionalArgument, left, environment
    }

    /// Why a sequence stopped.
    enum Stop: Equatable {
        case endOfInput, closed, cellBreak, rowBreak
        /// A closer that belongs to an enclosing context: left unread for it.
        case yielded
        case end(String)
    }

    init(_ latex: String) {
        characters = Array(latex)
    }

    /// Parses the whole expression as rows of `&`-separated cells.
    mutating func parse() -> Rows {
        parseRows(environment: nil, beginOffset: 0)
    }

    mutating func issue(at offset: Int, _ message: String) {
        issues.append(Issue(offset: offset, message: message))
    }

    // MARK: Sequences

    mutating func parseRows(environment: String?, beginOffset: Int) -> Rows {
        if environment != nil { contexts.append(.environment) }
        defer { if environment != nil { contexts.removeLast() } }
        var rows: Rows = []
        var row: [[MathNode]] = []
        while true {
            let (cell, stop) = parseSequence()
            row.append(cell)
            if stop == .cellBreak { continue }
            if stop == .rowBreak {
                rows.append(row)
                row = []
                continue
            }
            if case .end(let name) = stop, let environment, name != environment {
                issue(at: beginOffset, "\\begin{\(environment)} is closed by \\end{\(name)}")
            }
            if stop != .closed, !isEnd(stop), let environment {
                issue(at: beginOffset, "\\begin{\(environment)} has no \\end{\(environment)}")
            }
            break
        }
        rows.append(row)
        // A trailing `\\` leaves an empty last row that nobody means to show.
        if rows.count > 1, let last = rows.last, last.allSatisfy({ $0.allSatisfy(\.isSpace) }) {
            rows.removeLast()
        }
        return rows
    }

    private func isEnd(_ stop: Stop) -> Bool {
        if case .end = stop { return true }
        return false
    }

    /// Parses atoms until a closer that belongs to this context or an enclosing one.
    mutating func parseSequence() -> ([MathNode], Stop) {
        var nodes: [MathNode] = []
        while position < characters.count {
            let start = position
            switch characters[position] {
            case let character where character.isWhitespace:
                skipWhitespace()
                nodes.append(.space(width: 1, soft: true))
            case "%":
                // A comment in TeX; in a lesson it is far more often a percent sign gone wrong.
                issue(at: start, "% starts a comment that hides the rest of the line; write \\% for a percent sign")
                while position < characters.count, !characters[position].isNewline { position += 1 }
            case "^", "_", "'":
                attachScript(to: &nodes)
            case "}":
                if contexts.last == .group {
                    position += 1
                    return (nodes, .closed)
                }
                if contexts.contains(.group) { return (nodes, .yielded) }
                position += 1
                issue(at: start, "unmatched }")
            case "]" where contexts.last == .optionalArgument:
                position += 1
                return (nodes, .closed)
            case "&":
                if acceptsRows {
                    position += 1
                    return (nodes, .cellBreak)
                }
                if rowsReachable { return (nodes, .yielded) }
                position += 1
                issue(at: start, "& outside a matrix or aligned environment")
            case "\\":
                switch closingCommand(at: start) {
                case .stop(let stop):
                    return (nodes, stop)
                case .node(let node):
                    if let node { nodes.append(node) }
                case .notClosing:
                    if let node = parseAtom() { nodes.append(node) }
                    // TeX drops the spaces after a control word; a zero-width mark keeps the
                    // fact that they were there, which tells a separating bar from a norm.
                    if characters[position - 1].isWhitespace { nodes.append(.space(width: 0, soft: true)) }
                }
            default:
                if let node = parseAtom() { nodes.append(node) }
            }
        }
        return (nodes, .endOfInput)
    }

    /// True when `&` and `\\` end a cell here: at the top level or directly in an environment.
    private var acceptsRows: Bool {
        contexts.isEmpty || contexts.last == .environment
    }

    /// True when an enclosing environment can take a cell or row break without crossing a brace.
    private var rowsReachable: Bool {
        guard contexts.contains(.environment) else { return false }
        let inner = contexts.reversed().prefix { $0 != .environment }
        return !inner.contains(.group) && !inner.contains(.optionalArgument)
    }

    private enum ClosingResult {
        case stop(Stop)
        case node(MathNode?)
        case notClosing
    }

    /// Handles `\\`, `\right` and `\end` at `start`.
    private mutating func closingCommand(at start: Int) -> ClosingResult {
        guard position + 1 < characters.count else { return .notClosing }
        if characters[position + 1] == "\\" {
            if acceptsRows {
                position += 2
                skipOptionalBracket()
                return .stop(.rowBreak)
            }
            // Inside a group or \left…\right: a row break that cannot break anything.
            if rowsReachable { return .stop(.yielded) }
            position += 2
            issue(at: start, "\\\\ outside a matrix or aligned environment")
            return .node(.space(width: 1, soft: false))
        }
        let (name, end) = peekControlWord(from: position)
        switch name {
        case "right":
            if contexts.last == .left {
                position = end
                return .stop(.closed)
            }
            if contexts.contains(.left) { return .stop(.yielded) }
            position = end
            issue(at: start, "\\right without \\left")
            let delimiter = readDelimiter() ?? ""
            return .node(delimiter.isEmpty ? nil : .symbol(delimiter, .closing))
        case "end":
            if contexts.last == .environment {
                position = end
                return .stop(.end(readBraced() ?? ""))
            }
            if contexts.contains(.environment) { return .stop(.yielded) }
            position = end
            let environment = readBraced() ?? ""
            issue(at: start, "\\end{\(environment)} without \\begin{\(environment)}")
            return .node(nil)
        default:
            return .notClosing
        }
    }

    // MARK: Scripts

    /// Attaches `^x`, `_x` or `'` to the last atom; a script with no atom gets an empty base.
    private mutating func attachScript(to nodes: inout [MathNode]) {
        let start = position
        let marker = characters[position]
        position += 1
        while nodes.last?.isSpace == true { nodes.removeLast() }
        let base = nodes.popLast() ?? .symbol("", .ordinary)
        var (core, sub, sup): (MathNode, [MathNode]?, [MathNode]?)
        if case .scripted(let b, let s, let p) = base {
            (core, sub, sup) = (b, s, p)
        } else {
            (core, sub, sup) = (base, nil, nil)
        }
        if marker == "'" {
            sup = (sup ?? []) + [.symbol("′", .ordinary)]
            nodes.append(.scripted(base: core, sub: sub, sup: sup))
            return
        }
        let argument: [MathNode]
        if let parsed = parseArgument() {
            argument = parsed
        } else {
            issue(at: start, "\(marker) has nothing to raise or lower")
            argument = []
        }
        if marker == "^" {
            if let existing = sup, !existing.allSatisfy(isPrime) {
                issue(at: start, "double superscript")
            }
            sup = (sup ?? []) + argument
        } else {
            if sub != nil { issue(at: start, "double subscript") }
            sub = (sub ?? []) + argument
        }
        nodes.append(.scripted(base: core, sub: sub, sup: sup))
    }

    private func isPrime(_ node: MathNode) -> Bool {
        node == .symbol("′", .ordinary)
    }
}
