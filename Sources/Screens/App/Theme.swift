import Course
import Terminal

/// Maps the meaning of text (Course's `TextStyle`) and of interface parts to terminal styles.
///
/// Colours come from the 16-colour palette so the user's terminal theme decides the actual
/// shades; the renderer drops them under NO_COLOR, keeping bold, underline and reverse.
public struct Theme: Sendable {
    public init() {}

    public var headerBar: Style { Style(fg: .ansi(15), bg: .ansi(4), bold: true) }
    public var statusBar: Style { Style(reverse: true) }
    public var hint: Style { Style(dim: true) }
    public var selection: Style { Style(reverse: true) }
    public var searchMatch: Style { Style(fg: .ansi(0), bg: .ansi(11)) }
    public var currentMatch: Style { Style(fg: .ansi(0), bg: .ansi(10), bold: true) }
    public var moduleTitle: Style { Style(fg: .ansi(12), bold: true) }
    public var finished: Style { Style(fg: .ansi(2)) }
    public var started: Style { Style(fg: .ansi(3)) }
    public var dim: Style { Style(dim: true) }
    public var error: Style { Style(fg: .ansi(9), bold: true) }
    public var box: Style { Style(fg: .ansi(6)) }

    public func style(for text: TextStyle) -> Style {
        var style: Style
        switch text.role {
        case .body: style = .plain
        case .heading(let level):
            switch level {
            case 1: style = Style(fg: .ansi(12), bold: true, underline: true)
            case 2: style = Style(fg: .ansi(12), bold: true)
            default: style = Style(fg: .ansi(6), bold: true)
            }
        case .inlineCode: style = Style(fg: .ansi(3))
        case .codeBlock: style = Style(fg: .ansi(7))
        case .syntax(let kind): style = syntax(kind)
        case .math: style = Style(fg: .ansi(13))
        case .quote: style = Style(dim: true, italic: true)
        case .alert(let kind): style = alert(kind)
        case .listMarker: style = Style(fg: .ansi(6))
        case .link: style = Style(fg: .ansi(4), underline: true)
        case .rule, .tableBorder: style = Style(dim: true)
        case .tableHeader: style = Style(bold: true)
        case .diagram: style = Style(fg: .ansi(6))
        case .caption: style = Style(dim: true, italic: true)
        case .error: style = Style(fg: .ansi(9))
        }
        if text.strong { style.bold = true }
        if text.emphasis { style.italic = true }
        return style
    }

    func syntax(_ kind: SyntaxKind) -> Style {
        switch kind {
        case .plain, .punctuation: return .plain
        case .keyword: return Style(fg: .ansi(5), bold: true)
        case .type: return Style(fg: .ansi(6))
        case .string: return Style(fg: .ansi(1))
        case .number: return Style(fg: .ansi(4))
        case .comment: return Style(fg: .ansi(2), italic: true)
        case .attribute: return Style(fg: .ansi(3))
        case .function: return Style(fg: .ansi(4))
        }
    }

    func alert(_ kind: AlertKind) -> Style {
        switch kind {
        case .note: return Style(fg: .ansi(4))
        case .tip: return Style(fg: .ansi(2))
        case .important: return Style(fg: .ansi(5))
        case .warning: return Style(fg: .ansi(3))
        case .caution: return Style(fg: .ansi(1))
        }
    }
}
