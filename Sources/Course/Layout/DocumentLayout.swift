import DisplayWidth

/// Lays out a document's blocks as styled lines for a given width.
///
/// Containers pass a gutter down — list markers, quote and alert bars — whose first form
/// goes on a block's first line and whose second form (hanging indent, the bar again) on
/// the rest. Paragraphs, headings and table cells are wrapped; code, display math and
/// diagrams keep their lines.
struct DocumentLayout {
    let width: Int
    let diagrams: [String: String]
    /// The document's file, to resolve relative diagram paths.
    let source: String
    /// The questions of checkpoint blocks by card id (`deck/item`); empty before the decks load.
    let questions: [String: CheckpointQuestion]
    /// Whether the lines are for the reader (captions name its keys) or for a pipe.
    let forReader: Bool
    private(set) var lines: [LayoutLine] = []
    private var checkpointCount = 0

    init(width: Int, diagrams: [String: String], source: String, questions: [String: CheckpointQuestion] = [:], forReader: Bool = true) {
        self.width = max(1, width)
        self.diagrams = diagrams
        self.source = source
        self.questions = questions
        self.forReader = forReader
    }

    /// Prefix spans for the next line and for the ones after it, and the role of body text.
    struct Gutter {
        var first: [StyledSpan] = []
        var rest: [StyledSpan] = []
        var role: TextStyle.Role = .body
        var listDepth = 0

        /// Columns left for content; at least 1 however deep the nesting.
        func contentWidth(_ total: Int) -> Int { max(1, total - Columns.width(rest)) }

        func nested(first extraFirst: [StyledSpan], rest extraRest: [StyledSpan]) -> Gutter {
            var g = self
            g.first = first + extraFirst
            g.rest = rest + extraRest
            return g
        }
    }

    // MARK: - Emitting lines

    mutating func emit(_ content: [StyledSpan], _ gutter: inout Gutter, source line: Int,
                       heading: HeadingMark? = nil, anchor: LineAnchor? = nil) {
        var prefix = gutter.first
        if Columns.width(prefix) > width - 1 { prefix = Columns.truncate(prefix, to: width - 1) }
        gutter.first = gutter.rest
        lines.append(LayoutLine(spans: prefix + content, sourceLine: line, heading: heading, anchor: anchor))
    }

    /// A blank line inside the current container: the bar stays, trailing spaces go.
    mutating func emitBlank(_ gutter: inout Gutter, source line: Int) {
        var prefix = gutter.rest
        while let last = prefix.last, last.text.allSatisfy({ $0 == " " }) { prefix.removeLast() }
        if var last = prefix.popLast() {
            while last.text.last == " " { last.text.removeLast() }
            prefix.append(last)
        }
        if Columns.width(prefix) > width - 1 { prefix = Columns.truncate(prefix, to: width - 1) }
        gutter.first = gutter.rest
        lines.append(LayoutLine(spans: prefix, sourceLine: line))
    }

    mutating func emitWrapped(_ pieces: [InlinePiece], _ gutter: inout Gutter, source line: Int,
                              heading: HeadingMark? = nil) {
        for (index, content) in TextWrapper.wrap(pieces, width: gutter.contentWidth(width)).enumerated() {
            emit(content, &gutter, source: line, heading: index == 0 ? heading : nil)
        }
    }

    // MARK: - Blocks

    mutating func layout(_ blocks: [Block], _ gutter: inout Gutter, tight: Bool = false) {
        var previous: Block?
        for block in blocks {
            if let previous, !(tight && !Self.isParagraph(previous, block)) {
                emitBlank(&gutter, source: block.line)
            }
            layout(block, &gutter)
            previous = block
        }
    }

    /// A checkpoint: a caption, then each question's prompt with its mark (○ open, ✓ right,
    /// ✗ wrong). Every line of the block carries the checkpoint's anchor, so `c` finds it
    /// whichever part of it is on screen.
    private mutating func layoutCheckpoint(_ checkpoint: QuizCheckpoint, line: Int, _ gutter: inout Gutter) {
        let first = lines.count
        let count = checkpoint.items.count
        let marks = checkpoint.items.compactMap { questions[$0.id]?.mark }
        let answered = marks.filter { $0 != .open }.count
        let right = marks.filter { $0 == .right }.count
        var caption = "✎ Checkpoint: \(count) question\(count == 1 ? "" : "s")"
        if answered == count, count > 0 { caption += " · \(right) of \(count) right" + (forReader ? " · c to answer again" : "") }
        else if forReader { caption += " · c to answer \(count == 1 ? "it" : "them") here" }
        emitWrapped([.text(caption, TextStyle(.caption))], &gutter, source: line)
        for (number, ref) in checkpoint.items.enumerated() {
            guard let question = questions[ref.id] else { continue }
            let marker = "  \(question.mark.symbol) \(number + 1). "
            var inner = gutter.nested(first: [StyledSpan(marker, TextStyle(question.mark == .wrong ? .error : .caption))],
                                      rest: [StyledSpan(String(repeating: " ", count: DisplayWidth.of(marker)), TextStyle(.body))])
            emitWrapped(InlinePieces.pieces(question.prompt, base: TextStyle(.body)), &inner, source: ref.line)
            gutter.first = gutter.rest
        }
        anchorLastLines(from: first, .checkpoint(index: checkpointCount))
        checkpointCount += 1
    }

    /// Marks the lines from `first` to the end as one block the reader can act on.
    mutating func anchorLastLines(from first: Int, _ anchor: LineAnchor) {
        for index in max(0, first)..<lines.count { lines[index].anchor = anchor }
    }

    private static func isParagraph(_ a: Block, _ b: Block) -> Bool {
        if case .paragraph = a.kind, case .paragraph = b.kind { return true }
        return false
    }

    mutating func layout(_ block: Block, _ gutter: inout Gutter) {
        switch block.kind {
        case .heading(let level, let content):
            layoutHeading(level: level, title: content, line: block.line, &gutter)
        case .paragraph(let content):
            layoutParagraph(content, line: block.line, &gutter)
        case .list(let list):
            layoutList(list, &gutter)
        case .quote(let children):
            let bar = StyledSpan("│ ", TextStyle(.quote))
            var inner = gutter.nested(first: [bar], rest: [bar])
            inner.role = .quote
            layoutContainer(children, inner: &inner, outer: &gutter)
        case .alert(let kind, let children):
            let bar = StyledSpan("│ ", TextStyle(.alert(kind)))
            var inner = gutter.nested(first: [bar], rest: [bar])
            inner.role = .alert(kind)
            emit([StyledSpan(Self.alertTitle(kind), TextStyle(.alert(kind), strong: true))], &inner, source: block.line)
            layoutContainer(children, inner: &inner, outer: &gutter)
            gutter.first = gutter.rest
        case .table(let table):
            var tableLayout = TableLayout(table: table, width: gutter.contentWidth(width))
            for row in tableLayout.render() { emit(row, &gutter, source: block.line) }
        case .thematicBreak:
            let rule = String(repeating: "─", count: gutter.contentWidth(width))
            emit([StyledSpan(rule, TextStyle(.rule))], &gutter, source: block.line)
        case .code(let code):
            layoutCode(code, line: block.line, &gutter)
        case .quiz(let checkpoint):
            layoutCheckpoint(checkpoint, line: block.line, &gutter)
        case .displayMath(let latex):
            let rendered = MathRenderer.display(latex).lines
            for text in rendered {
                emit([StyledSpan("    " + Columns.sanitize(text), TextStyle(.math))], &gutter, source: block.line)
            }
        }
    }

    private mutating func layoutContainer(_ children: [Block], inner: inout Gutter, outer: inout Gutter) {
        let before = lines.count
        layout(children, &inner)
        if lines.count > before { outer.first = outer.rest }
    }

    static func alertTitle(_ kind: AlertKind) -> String {
        switch kind {
        case .note: return "Note"
        case .tip: return "Tip"
        case .important: return "Important"
        case .warning: return "Warning"
        case .caution: return "Caution"
        }
    }

    private mutating func layoutHeading(level: Int, title content: [Inline], line: Int, _ gutter: inout Gutter) {
        let title = Inline.plainText(content)
        let style = TextStyle(.heading(level), strong: true)
        let before = lines.count
        emitWrapped(InlinePieces.pieces(content, base: style), &gutter, source: line,
                    heading: HeadingMark(level: level, title: title))
        guard level <= 2 else { return }
        let widest = lines[before...].map { Columns.width($0.spans) - Columns.width(gutter.rest) }.max() ?? 1
        let rule = String(repeating: level == 1 ? "═" : "─", count: max(1, min(widest, gutter.contentWidth(width))))
        emit([StyledSpan(rule, TextStyle(.heading(level)))], &gutter, source: line)
    }

    private mutating func layoutParagraph(_ content: [Inline], line: Int, _ gutter: inout Gutter) {
        if let image = Self.soleImage(content), let path = DiagramPath.resolve(image.path, from: source) {
            layoutDiagram(image, path: path, line: line, &gutter)
            return
        }
        emitWrapped(InlinePieces.pieces(content, base: TextStyle(gutter.role)), &gutter, source: line)
    }

    /// A paragraph that is nothing but one image (spaces aside) shows a diagram as a block.
    private static func soleImage(_ content: [Inline]) -> Inline.Image? {
        var found: Inline.Image?
        for inline in content {
            switch inline {
            case .image(let image) where found == nil: found = image
            case .text(let s) where s.allSatisfy({ $0 == " " }): continue
            case .softBreak, .hardBreak: continue
            default: return nil
            }
        }
        return found
    }

    private mutating func layoutDiagram(_ image: Inline.Image, path: String, line: Int, _ gutter: inout Gutter) {
        guard let text = diagrams[path] else {
            emitWrapped([.text("[diagram missing: \(path)]", TextStyle(.error))], &gutter, source: line)
            return
        }
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        while rows.last?.allSatisfy({ $0 == " " || $0 == "\r" }) == true { rows.removeLast() }
        for row in rows {
            let clean = Columns.sanitize(row.last == "\r" ? String(row.dropLast()) : row)
            emit(clean.isEmpty ? [] : [StyledSpan("  " + clean, TextStyle(.diagram))], &gutter, source: line)
        }
        if !image.alt.isEmpty {
            let indent = StyledSpan("  ", TextStyle(gutter.role))
            var captionGutter = gutter.nested(first: [indent], rest: [indent])
            emitWrapped([.text(Columns.sanitize(image.alt), TextStyle(.caption))], &captionGutter, source: line)
            gutter.first = gutter.rest
        }
    }

    private mutating func layoutCode(_ code: CodeBlock, line: Int, _ gutter: inout Gutter) {
        if code.isKernel {
            let label = code.kernelName.map { "▶ Kernel \($0) (Swift)" } ?? "▶ Kernel (Swift) — press r to run it"
            emitWrapped([.text(label, TextStyle(.caption))], &gutter, source: line)
            lines[lines.count - 1].anchor = .kernel(name: code.kernelName)
        }
        let sanitized = code.lines.map(Columns.sanitize)
        if code.language == "swift" {
            // One token list a line, cut from the lines already made safe to show.
            for (offset, tokens) in SwiftHighlighter.highlight(lines: sanitized).enumerated() {
                let spans = tokens.filter { !$0.text.isEmpty }.map { StyledSpan($0.text, TextStyle(.syntax($0.kind))) }
                emit(spans.isEmpty ? [] : [StyledSpan("  ", TextStyle(.codeBlock))] + spans, &gutter, source: code.firstLine + offset)
            }
        } else {
            for (offset, text) in sanitized.enumerated() {
                emit(text.isEmpty ? [] : [StyledSpan("  " + text, TextStyle(.codeBlock))], &gutter, source: code.firstLine + offset)
            }
        }
    }

    // MARK: - Lists

    private static let bullets = ["•", "◦", "▪"]

    private mutating func layoutList(_ list: ListBlock, _ gutter: inout Gutter) {
        let markers: [String]
        if let start = list.start {
            let numbers = list.items.indices.map { "\(start + $0)." }
            let widest = numbers.map(\.count).max() ?? 2
            markers = numbers.map { String(repeating: " ", count: widest - $0.count) + $0 }
        } else {
            markers = Array(repeating: Self.bullets[gutter.listDepth % Self.bullets.count], count: list.items.count)
        }
        for (item, marker) in zip(list.items, markers) {
            let markerSpan = StyledSpan(marker, TextStyle(.listMarker))
            let hanging = String(repeating: " ", count: DisplayWidth.of(marker) + 1)
            var inner = gutter.nested(first: [markerSpan, StyledSpan(" ", TextStyle(gutter.role))],
                                      rest: [StyledSpan(hanging, TextStyle(gutter.role))])
            inner.listDepth += 1
            if item.blocks.isEmpty {
                emit([], &inner, source: item.line)
            } else {
                layout(item.blocks, &inner, tight: true)
            }
            gutter.first = gutter.rest
        }
    }
}
