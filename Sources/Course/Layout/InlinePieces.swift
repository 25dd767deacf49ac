/// Turns inline nodes into styled text pieces for the wrapper.
enum InlinePieces {
    /// - Parameter base: the style of plain text here (body, quote, alert, heading, table header).
    static func pieces(_ inlines: [Inline], base: TextStyle) -> [InlinePiece] {
        var out: [InlinePiece] = []
        append(inlines, base: base, into: &out)
        return out
    }

    private static func append(_ inlines: [Inline], base: TextStyle, into out: inout [InlinePiece]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                out.append(.text(Columns.sanitize(text), base))
            case .emphasis(let children):
                var style = base
                style.emphasis = true
                append(children, base: style, into: &out)
            case .strong(let children):
                var style = base
                style.strong = true
                append(children, base: style, into: &out)
            case .code(let code):
                out.append(.text(Columns.sanitize(code), TextStyle(.inlineCode, emphasis: base.emphasis, strong: base.strong)))
            case .link(let text, let destination):
                var style = base
                style.role = .link
                append(text, base: style, into: &out)
                // A web address is worth showing in a terminal, where the link cannot be clicked;
                // links between lesson files are not.
                if destination.hasPrefix("http://") || destination.hasPrefix("https://") {
                    out.append(.text(" (\(Columns.sanitize(destination)))", TextStyle(.caption)))
                }
            case .image(let image):
                let label = image.alt.isEmpty ? "[image]" : "[image: \(image.alt)]"
                out.append(.text(Columns.sanitize(label), TextStyle(.caption)))
            case .math(let latex):
                out.append(.text(Columns.sanitize(MathRenderer.inline(latex).text), TextStyle(.math, emphasis: base.emphasis, strong: base.strong)))
            case .softBreak:
                out.append(.text(" ", base))
            case .hardBreak:
                out.append(.lineBreak)
            }
        }
    }
}
