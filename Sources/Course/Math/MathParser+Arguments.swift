/// Arguments, groups and the character-level reading the parser is built on.
extension MathParser {
    // MARK: Arguments

    /// One argument: a braced group, a command, or a single character; nil when none follows.
    mutating func parseArgument() -> [MathNode]? {
        skipWhitespace()
        guard position < characters.count else { return nil }
        switch characters[position] {
        case "{":
            return parseGroup()
        case "}", "&", "^", "_", "]":
            return nil
        case "\\":
            let (name, _) = peekControlWord(from: position)
            if ["right", "end", "\\"].contains(name) { return nil }
            if position + 1 < characters.count, characters[position + 1] == "\\" { return nil }
            return parseAtom().map { [$0] } ?? []
        default:
            let character = characters[position]
            position += 1
            return [symbol(for: character)]
        }
    }

    /// Parses `{…}` at the current position and returns its contents.
    mutating func parseGroup() -> [MathNode] {
        let start = position
        position += 1
        if depth >= Self.maxDepth {
            issue(at: start, "formula nested too deeply")
            return [.word(skipBalanced(), .ordinary)]
        }
        depth += 1
        contexts.append(.group)
        let (nodes, stop) = parseSequence()
        contexts.removeLast()
        depth -= 1
        if stop != .closed { issue(at: start, "unclosed {") }
        return nodes
    }

    /// Skips to the brace that closes an already opened group, returning the text inside.
    mutating func skipBalanced() -> String {
        var level = 1
        var text = ""
        while position < characters.count {
            let character = characters[position]
            position += 1
            if character == "{" { level += 1 }
            if character == "}" {
                level -= 1
                if level == 0 { break }
            }
            if character != "{" && character != "}" && character != "\\" { text.append(Self.printable(character)) }
        }
        return text
    }

    /// `[…]` after a command: the index of `\sqrt[3]{x}`.
    mutating func parseOptionalArgument() -> [MathNode]? {
        skipWhitespace()
        guard position < characters.count, characters[position] == "[" else { return nil }
        let start = position
        position += 1
        contexts.append(.optionalArgument)
        let (nodes, stop) = parseSequence()
        contexts.removeLast()
        if stop != .closed { issue(at: start, "unclosed [") }
        return nodes
    }

    /// Reads `{name}` as raw text, for environment names and \text.
    mutating func readBraced() -> String? {
        skipWhitespace()
        guard position < characters.count, characters[position] == "{" else { return nil }
        let start = position
        position += 1
        var text = ""
        var level = 1
        while position < characters.count {
            let character = characters[position]
            position += 1
            if character == "\\", position < characters.count {
                let next = characters[position]
                if next.isLetter {
                    while position < characters.count, characters[position].isLetter { position += 1 }
                    continue
                }
                position += 1
                text.append(next == "," || next == ";" ? " " : Self.printable(next))
                continue
            }
            if character == "{" { level += 1; continue }
            if character == "}" {
                level -= 1
                if level == 0 { return text }
                continue
            }
            text.append(Self.printable(character))
        }
        issue(at: start, "unclosed {")
        return text
    }

    mutating func skipOptionalBracket() {
        var probe = position
        while probe < characters.count, characters[probe] == " " { probe += 1 }
        guard probe < characters.count, characters[probe] == "[" else { return }
        guard let close = characters[probe...].firstIndex(of: "]") else { return }
        position = close + 1
    }

    // MARK: Lexing

    mutating func skipWhitespace() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// The command name at `start` (which holds a backslash) and the index after it and any
    /// spaces that follow a control word, as TeX drops them.
    func peekControlWord(from start: Int) -> (String, Int) {
        var index = start + 1
        guard index < characters.count else { return ("", index) }
        if !isASCIILetter(characters[index]) { return (String(characters[index]), index + 1) }
        var name = ""
        while index < characters.count, isASCIILetter(characters[index]) {
            name.append(characters[index])
            index += 1
        }
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        return (name, index)
    }

    func isASCIILetter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (65...90).contains(ascii) || (97...122).contains(ascii)
    }

    /// Whitespace of any kind becomes a space and control characters vanish, so output stays one line.
    static func printable(_ character: Character) -> String {
        if character.isWhitespace { return " " }
        if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return "" }
        return String(character)
    }

    func symbol(for character: Character) -> MathNode {
        .symbol(MathSymbols.glyph(of: character), MathSymbols.atomClass(of: character))
    }
}
