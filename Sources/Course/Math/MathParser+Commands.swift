/// Atoms and the commands that build them.
extension MathParser {
    /// Parses one atom at the current position, which is not a closer. Always consumes input.
    mutating func parseAtom() -> MathNode? {
        guard position < characters.count else { return nil }
        let character = characters[position]
        switch character {
        case "{":
            return .group(parseGroup())
        case "\\":
            return parseCommand()
        case "~":
            position += 1
            return .space(width: 1, soft: false)
        default:
            position += 1
            if Self.printable(character).isEmpty { return nil }
            return symbol(for: character)
        }
    }

    private mutating func parseCommand() -> MathNode? {
        let start = position
        let (name, end) = peekControlWord(from: position)
        position = max(end, start + 1)
        if name.isEmpty {
            issue(at: start, "\\ at the end of the formula")
            return nil
        }
        if depth >= Self.maxDepth {
            issue(at: start, "formula nested too deeply")
            return .word(name, .ordinary)
        }
        depth += 1
        defer { depth -= 1 }

        if name.count == 1, let only = name.first, only.isWhitespace {
            return .space(width: 1, soft: false)       // `\ ` and a backslash before a line break
        }
        if let width = MathSymbols.spaces[name] {
            return width == 0 ? nil : .space(width: width, soft: false)
        }
        if let (glyph, atomClass) = MathSymbols.commands[name] {
            return .symbol(glyph, atomClass)
        }
        if let word = MathSymbols.operatorNames[name] {
            return .word(word, .operatorName)
        }
        if let mark = MathSymbols.accents[name] {
            return .accent(argument(of: name, at: start), mark: mark)
        }
        if let font = MathSymbols.mathFonts[name] {
            return .styled(argument(of: name, at: start), font: font, atomClass: .ordinary)
        }
        if MathSymbols.textCommands.contains(name) {
            if let text = readBraced() { return .word(text, .ordinary) }
            return .group(argument(of: name, at: start))
        }
        if MathSymbols.ignored.contains(name) { return nil }
        if MathSymbols.ignoredWithArgument.contains(name) {
            _ = readBraced()
            return nil
        }
        if let sized = MathSymbols.sizedDelimiters[name] {
            guard let delimiter = readDelimiter() else {
                issue(at: start, "\\\(name) needs a delimiter")
                return nil
            }
            let atomClass = sized ?? (delimiter.first.map(MathSymbols.atomClass(of:)) ?? .ordinary)
            return .symbol(delimiter, atomClass)
        }
        return parseStructure(name, at: start)
    }

    /// Commands with arguments or bodies: fractions, roots, \left…\right, environments.
    private mutating func parseStructure(_ name: String, at start: Int) -> MathNode? {
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac":
            let numerator = argument(of: name, at: start)
            return .fraction(numerator: numerator, denominator: argument(of: name, at: start))
        case "binom", "dbinom", "tbinom":
            let top = argument(of: name, at: start)
            return .binomial(top: top, bottom: argument(of: name, at: start))
        case "sqrt":
            let index = parseOptionalArgument()
            return .root(radicand: argument(of: name, at: start), index: index)
        case "operatorname":
            if position < characters.count, characters[position] == "*" { position += 1 }
            return .styled(argument(of: name, at: start), font: .plain, atomClass: .operatorName)
        case "mathop":
            return .styled(argument(of: name, at: start), font: .plain, atomClass: .largeOperator)
        case "overset", "stackrel":
            let over = argument(of: name, at: start)
            return .scripted(base: .group(argument(of: name, at: start)), sub: nil, sup: over)
        case "underset":
            let under = argument(of: name, at: start)
            return .scripted(base: .group(argument(of: name, at: start)), sub: under, sup: nil)
        case "underbrace", "overbrace", "boxed", "mathstrut", "smash", "textcolor":
            if name == "textcolor" { _ = readBraced() }
            return .group(argument(of: name, at: start))
        case "pmod":
            let modulus = argument(of: name, at: start)
            return .group([.word("(mod", .ordinary), .space(width: 1, soft: false)] + modulus + [.symbol(")", .closing)])
        case "tag", "tag*":
            let label = readBraced() ?? ""
            return .word("    (\(label))", .ordinary)
        case "not":
            return negation(of: parseArgument() ?? [])
        case "left":
            return parseFenced(at: start)
        case "begin":
            return parseEnvironment(at: start)
        case "hline", "cline", "midrule", "toprule", "bottomrule":
            if name == "cline" { _ = readBraced() }
            return nil
        case "colon":
            return .symbol(":", .punctuation)
        case "\\":
            return .space(width: 1, soft: false)
        default:
            issue(at: start, "unknown command \\\(name)")
            return .word(name.map(Self.printable).joined(), .operatorName)
        }
    }

    /// A required argument; a missing one is reported against the command and left empty.
    private mutating func argument(of name: String, at start: Int) -> [MathNode] {
        if let nodes = parseArgument() { return nodes }
        issue(at: start, "\\\(name) is missing an argument")
        return []
    }

    private func negation(of nodes: [MathNode]) -> MathNode {
        let negated: [String: String] = [
            "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "⊂": "⊄", "⊆": "⊈",
            "∼": "≁", "≡": "≢", "|": "∤", "∃": "∄", "≈": "≉", "→": "↛",
        ]
        guard nodes.count == 1, case .symbol(let glyph, _) = nodes[0] else {
            return .group([.symbol("¬", .ordinary)] + nodes)
        }
        return .symbol(negated[glyph] ?? glyph + "\u{0338}", .relation)
    }

    /// `\left( … \right)`; a missing `\right` is reported and the group closed silently.
    private mutating func parseFenced(at start: Int) -> MathNode {
        guard let left = readDelimiter() else {
            issue(at: start, "\\left needs a delimiter")
            return .group([])
        }
        contexts.append(.left)
        let (body, stop) = parseSequence()
        contexts.removeLast()
        guard stop == .closed else {
            issue(at: start, "\\left\(left) has no \\right")
            return .fenced(left: left, body: body, right: "")
        }
        guard let right = readDelimiter() else {
            issue(at: position, "\\right needs a delimiter")
            return .fenced(left: left, body: body, right: "")
        }
        return .fenced(left: left, body: body, right: right)
    }

    private mutating func parseEnvironment(at start: Int) -> MathNode {
        guard let name = readBraced() else {
            issue(at: start, "\\begin needs an environment name")
            return .group([])
        }
        if name == "array" || name.hasPrefix("alignat") || name == "alignedat" { _ = readBraced() }
        let environment: MathEnvironment
        if let (left, right) = MathSymbols.matrices[name] {
            environment = .matrix(left: left, right: right)
        } else if MathSymbols.casesEnvironments.contains(name) {
            environment = .cases
        } else {
            if !MathSymbols.alignedEnvironments.contains(name) {
                issue(at: start, "unknown environment \(name)")
            }
            environment = .aligned
        }
        let rows = parseRows(environment: name, beginOffset: start)
        return .environment(environment, rows: rows)
    }

    /// The delimiter after `\left`, `\right` or `\big`: `(`, `\{`, `\langle`, `.` (none)…
    mutating func readDelimiter() -> String? {
        skipWhitespace()
        guard position < characters.count else { return nil }
        let character = characters[position]
        let plain: [Character: String] = [
            "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "⟨", ">": "⟩",
        ]
        if let glyph = plain[character] {
            position += 1
            return glyph
        }
        guard character == "\\" else { return nil }
        let (name, end) = peekControlWord(from: position)
        let glyph = MathSymbols.openings[name] ?? MathSymbols.closings[name]
            ?? (["|", "vert", "Vert"].contains(name) ? MathSymbols.ordinary[name] : nil)
            ?? (["uparrow", "downarrow"].contains(name) ? MathSymbols.relations[name] : nil)
        guard let glyph else { return nil }
        position = end
        return glyph
    }
}
