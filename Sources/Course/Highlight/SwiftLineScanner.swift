/// Scans one line of Swift into tokens, starting in the state the previous line left.
///
/// Every step consumes at least one character, so a line of any content ends the scan.
struct SwiftLineScanner {
    typealias Token = SwiftHighlighter.Token

    private let characters: [Character]
    private var index = 0
    private(set) var state: SwiftHighlighter.State
    private var tokens: [Token] = []

    init(_ line: String, state: SwiftHighlighter.State) {
        characters = Array(line)
        self.state = state
    }

    mutating func scan() -> [Token] {
        while index < characters.count {
            let start = index
            switch state {
            case .blockComment(let depth):
                scanBlockComment(from: start, depth: depth)
            case .multilineString(let hashes):
                scanStringBody(from: start, hashes: hashes, multiline: true)
            case .code:
                scanCode()
            }
        }
        return tokens
    }

    // MARK: Code

    private mutating func scanCode() {
        let start = index
        let character = characters[index]
        if character.isWhitespace {
            while index < characters.count, characters[index].isWhitespace { index += 1 }
            emit(from: start, .plain)
        } else if lookingAt("//") {
            index = characters.count
            emit(from: start, .comment)
        } else if lookingAt("/*") {
            index += 2
            scanBlockComment(from: start, depth: 1)
        } else if character == "\"" || character == "#" && rawStringHashes() != nil {
            scanStringOpening(from: start)
        } else if (character == "@" || character == "#"), index + 1 < characters.count, isIdentifierStart(characters[index + 1]) {
            index += 1
            skipIdentifier()
            emit(from: start, .attribute)
        } else if character.isASCII && character.isNumber {
            scanNumber()
            emit(from: start, .number)
        } else if isIdentifierStart(character) || character == "$" {
            index += 1
            skipIdentifier()
            emit(from: start, kindOfIdentifier(String(characters[start..<index])))
        } else if character == "`" {
            index += 1
            skipIdentifier()
            if index < characters.count, characters[index] == "`" { index += 1 }
            emit(from: start, .plain)
        } else {
            index += 1
            emit(from: start, .punctuation)
        }
    }

    private func kindOfIdentifier(_ word: String) -> SyntaxKind {
        if SwiftHighlighter.keywords.contains(word) { return .keyword }
        if let first = word.first, first.isUppercase { return .type }
        if index < characters.count, characters[index] == "(" { return .function }
        return .plain
    }

    private mutating func skipIdentifier() {
        while index < characters.count, isIdentifierPart(characters[index]) { index += 1 }
    }

    private func isIdentifierStart(_ character: Character) -> Bool {
        character.isLetter || character == "_"
    }

    private func isIdentifierPart(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Decimal with fraction and exponent, hex, octal or binary; underscores anywhere after the first digit.
    private mutating func scanNumber() {
        if lookingAt("0x") || lookingAt("0X") {
            index += 2
            skip { $0.isHexDigit || $0 == "_" }
            if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isHexDigit {
                index += 1
                skip { $0.isHexDigit || $0 == "_" }
            }
            skipExponent(markers: ["p", "P"])
            return
        }
        if lookingAt("0b") || lookingAt("0o") {
            index += 2
            skip { ($0.isASCII && $0.isNumber) || $0 == "_" }
            return
        }
        skip { ($0.isASCII && $0.isNumber) || $0 == "_" }
        if index + 1 < characters.count, characters[index] == ".", characters[index + 1].isASCII, characters[index + 1].isNumber {
            index += 1
            skip { ($0.isASCII && $0.isNumber) || $0 == "_" }
        }
        skipExponent(markers: ["e", "E"])
    }

    private mutating func skipExponent(markers: Set<Character>) {
        guard index < characters.count, markers.contains(characters[index]) else { return }
        var probe = index + 1
        if probe < characters.count, characters[probe] == "+" || characters[probe] == "-" { probe += 1 }
        guard probe < characters.count, characters[probe].isASCII, characters[probe].isNumber else { return }
        index = probe
        skip { ($0.isASCII && $0.isNumber) || $0 == "_" }
    }

    // MARK: Comments and strings

    private mutating func scanBlockComment(from start: Int, depth: Int) {
        var depth = depth
        while index < characters.count {
            if lookingAt("/*") {
                depth += 1
                index += 2
            } else if lookingAt("*/") {
                depth -= 1
                index += 2
                if depth == 0 { break }
            } else {
                index += 1
            }
        }
        state = depth == 0 ? .code : .blockComment(depth: depth)
        emit(from: start, .comment)
    }

    /// The number of `#` before a `"` at the current index, or nil when this `#` opens no raw string.
    private func rawStringHashes() -> Int? {
        var probe = index
        while probe < characters.count, characters[probe] == "#" { probe += 1 }
        guard probe < characters.count, characters[probe] == "\"" else { return nil }
        return probe - index
    }

    private mutating func scanStringOpening(from start: Int) {
        let hashes = rawStringHashes() ?? 0
        index += hashes
        if lookingAt("\"\"\"") {
            index += 3
            scanStringBody(from: start, hashes: hashes, multiline: true)
        } else {
            index += 1
            scanStringBody(from: start, hashes: hashes, multiline: false)
        }
    }

    /// Scans to the closing quote (and hashes); interpolations `\(…)` stay part of the string.
    private mutating func scanStringBody(from start: Int, hashes: Int, multiline: Bool) {
        let closing = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        state = multiline ? .multilineString(hashes: hashes) : .code
        while index < characters.count {
            if lookingAt(escape) {
                index += escape.count
                if index < characters.count, characters[index] == "(" {
                    skipInterpolation()
                } else if index < characters.count {
                    index += 1
                }
            } else if lookingAt(closing) {
                index += closing.count
                state = .code
                break
            } else {
                index += 1
            }
        }
        emit(from: start, .string)
    }

    /// Skips `(…)` of an interpolation, with nested parentheses and simple strings inside.
    private mutating func skipInterpolation() {
        var depth = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth == 0 { return }
            }
            if character == "\"" {
                while index < characters.count, characters[index] != "\"" {
                    index += characters[index] == "\\" ? 2 : 1
                }
                index = min(index + 1, characters.count)
            }
        }
    }

    // MARK: Helpers

    private func lookingAt(_ text: String) -> Bool {
        var probe = index
        for character in text {
            guard probe < characters.count, characters[probe] == character else { return false }
            probe += 1
        }
        return true
    }

    private mutating func skip(while predicate: (Character) -> Bool) {
        while index < characters.count, predicate(characters[index]) { index += 1 }
    }

    /// Appends `characters[start..<index]`, merged into the last token when the kind is the same.
    private mutating func emit(from start: Int, _ kind: SyntaxKind) {
        guard start < index else { return }
        let text = String(characters[start..<min(index, characters.count)])
        if let last = tokens.last, last.kind == kind {
            tokens[tokens.count - 1].text += text
        } else {
            tokens.append(Token(text, kind))
        }
    }
}
