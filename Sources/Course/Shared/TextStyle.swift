/// The meaning of a piece of laid-out text. Screens map it to colours through a theme;
/// the Course module never decides what a colour is.
public struct TextStyle: Hashable, Sendable {
    public enum Role: Hashable, Sendable {
        case body
        case heading(Int)          // 1...6
        case inlineCode
        case codeBlock             // fenced code that is not highlighted
        case syntax(SyntaxKind)    // highlighted code
        case math
        case quote
        case alert(AlertKind)      // the text and bar of a GitHub alert
        case listMarker
        case link
        case rule                  // thematic break
        case tableBorder
        case tableHeader
        case diagram               // a text diagram from Assets/
        case caption               // labels the layout adds: code-block headers, alt text
        case error                 // content the parser could not understand, shown as is
    }

    public var role: Role
    public var emphasis: Bool
    public var strong: Bool

    public init(_ role: Role = .body, emphasis: Bool = false, strong: Bool = false) {
        self.role = role
        self.emphasis = emphasis
        self.strong = strong
    }

    public static let body = TextStyle(.body)
}

/// Kinds of token in highlighted Swift code.
public enum SyntaxKind: Hashable, Sendable {
    case plain
    case keyword
    case type
    case string
    case number
    case comment
    case attribute      // @discardableResult, #line, #sourceLocation
    case function       // a name directly followed by "("
    case punctuation
}

/// The five GitHub alert kinds: `> [!NOTE]` and friends.
public enum AlertKind: String, Hashable, Sendable, CaseIterable {
    case note = "NOTE"
    case tip = "TIP"
    case important = "IMPORTANT"
    case warning = "WARNING"
    case caution = "CAUTION"
}

/// A run of text with one style.
public struct StyledSpan: Hashable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle = .body) {
        self.text = text
        self.style = style
    }
}
