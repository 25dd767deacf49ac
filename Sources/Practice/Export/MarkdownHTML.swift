import Course

/// Quiz Markdown as one line of HTML, for a field of an Anki text-import file.
///
/// A field may hold no raw tab or line break (they separate fields and notes), so line
/// breaks become `<br>` and tabs `&#9;`. Quotes become `&quot;` because Anki's reader would
/// take a field that starts with `"` for a quoted one. Math stays LaTeX, wrapped in `\(…\)`
/// and `\[…\]`, which Anki hands to MathJax: the learner sees typeset maths rather than the
/// terminal's Unicode approximation.
enum MarkdownHTML {
    /// The Markdown text rendered to HTML. `source` only names the text in parser diagnostics,
    /// which are dropped here: the linter reports them where they belong.
    static func render(_ markdown: String, source: String = "") -> String {
        blocks(MarkdownParser.parse(markdown, source: source).document.blocks)
    }

    /// Text escaped for HTML, on one line.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t": out += "&#9;"
            case "\n": out += "<br>"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func blocks(_ blocks: [Block]) -> String {
        var out = ""
        var previousIsBoxed = true
        for block in blocks {
            guard let (html, boxed) = self.block(block) else { continue }
            // Boxed elements (lists, code, tables, quotes) bring their own spacing; runs of
            // text need a blank line between them.
            if !out.isEmpty && !previousIsBoxed && !boxed { out += "<br><br>" }
            out += html
            previousIsBoxed = boxed
        }
        return out
    }

    /// The block's HTML and whether it is a boxed element; nil for blocks with no place in a card.
    private static func block(_ block: Block) -> (String, Bool)? {
        switch block.kind {
        case .heading(_, let content):
            return ("<b>" + inlines(content) + "</b>", false)
        case .paragraph(let content):
            return (inlines(content), false)
        case .displayMath(let latex):
            return ("\\[" + escape(latex) + "\\]", false)
        case .list(let list):
            let items = list.items.map { "<li>" + blocks($0.blocks) + "</li>" }.joined()
            guard let start = list.start else { return ("<ul>" + items + "</ul>", true) }
            return ((start == 1 ? "<ol>" : "<ol start=\"\(start)\">") + items + "</ol>", true)
        case .quote(let inner):
            return ("<blockquote>" + blocks(inner) + "</blockquote>", true)
        case .alert(let kind, let inner):
            let label = kind.rawValue.prefix(1) + kind.rawValue.dropFirst().lowercased()
            return ("<blockquote><b>" + label + "</b><br>" + blocks(inner) + "</blockquote>", true)
        case .table(let table):
            let head = "<tr>" + table.header.map { "<th>" + inlines($0) + "</th>" }.joined() + "</tr>"
            let rows = table.rows.map { "<tr>" + $0.map { "<td>" + inlines($0) + "</td>" }.joined() + "</tr>" }.joined()
            return ("<table>" + head + rows + "</table>", true)
        case .thematicBreak:
            return ("<hr>", true)
        case .code(let code):
            return ("<pre><code>" + code.lines.map(escape).joined(separator: "<br>") + "</code></pre>", true)
        case .quiz:
            return nil  // a checkpoint inside a prompt asks other items; not part of this card
        }
    }

    static func inlines(_ content: [Inline]) -> String {
        var out = ""
        for inline in content {
            switch inline {
            case .text(let s): out += escape(s)
            case .emphasis(let inner): out += "<i>" + inlines(inner) + "</i>"
            case .strong(let inner): out += "<b>" + inlines(inner) + "</b>"
            case .code(let s): out += "<code>" + escape(s) + "</code>"
            case .link(let text, let destination): out += "<a href=\"" + escape(destination) + "\">" + inlines(text) + "</a>"
            case .image(let image): out += escape(image.alt)  // diagrams are not copied into Anki's media
            case .math(let latex): out += "\\(" + escape(latex) + "\\)"
            case .hardBreak: out += "<br>"
            case .softBreak: out += " "
            }
        }
        return out
    }
}
