/// Splits Swift source into coloured tokens.
///
/// A lexer, not a parser: it knows keywords, capitalised type names, calls (`name(`), literals,
/// comments and attributes, which is what a reader needs from colour. Block comments and
/// multi-line strings carry from one line to the next.
public enum SwiftHighlighter {
    public struct Token: Equatable, Sendable {
        public var text: String
        public var kind: SyntaxKind
        public init(_ text: String, _ kind: SyntaxKind) { self.text = text; self.kind = kind }
    }

    /// What an unfinished line leaves open for the next one.
    enum State: Equatable, Sendable {
        case code
        /// Inside `/* … */`; Swift block comments nest.
        case blockComment(depth: Int)
        /// Inside `""" … """`, with the number of `#` of a raw string.
        case multilineString(hashes: Int)
    }

    /// Highlights whole source lines; state (block comments, multi-line strings) carries across lines.
    /// The result has one entry per input line, and each line's tokens concatenate back to the line.
    /// Neighbouring tokens of the same kind are merged, so an empty line has no tokens.
    public static func highlight(lines: [String]) -> [[Token]] {
        var state = State.code
        return lines.map { line in
            var scanner = SwiftLineScanner(line, state: state)
            let tokens = scanner.scan()
            state = scanner.state
            return tokens
        }
    }

    /// Words that are always keywords, plus the literals and `self` that read as keywords.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "open", "operator", "private", "precedencegroup",
        "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while",
        "as", "is", "try", "throws", "await", "async", "super", "self", "Self", "true", "false",
        "nil", "actor", "some", "any", "mutating", "nonmutating", "override", "final", "lazy",
        "weak", "unowned", "required", "convenience", "indirect", "nonisolated", "isolated",
        "consuming", "borrowing", "sending", "macro", "package", "willSet", "didSet",
    ]
}
