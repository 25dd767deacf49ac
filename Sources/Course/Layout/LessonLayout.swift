/// Lays out a lesson (or any Markdown document) as styled lines for the reader.
///
/// Pure: everything it shows comes from its arguments. Text diagrams are passed in as
/// `diagrams` (root-relative path → text, i.e. `CourseCatalog.diagrams`), which is why
/// the loader reads them up front.
public enum LessonLayout {
    /// The lesson as the reader shows it: the front-matter title as a level-1 heading,
    /// the time it takes, "You will learn to:" with the objectives, then the body. A body
    /// that opens with the same `# Title` does not repeat it.
    ///
    /// `questions` (card id → prompt and mark) fills each checkpoint block with its questions;
    /// without them a checkpoint is its caption alone. `forReader` false words the captions
    /// for text in a pipe, where there is no `c` key: the closing line names the command.
    public static func lines(for lesson: Lesson, width: Int, diagrams: [String: String],
                             questions: [String: CheckpointQuestion] = [:], forReader: Bool = true) -> [LayoutLine] {
        var layout = DocumentLayout(width: width, diagrams: diagrams, source: lesson.source, questions: questions, forReader: forReader)
        var gutter = DocumentLayout.Gutter()
        let meta = lesson.meta
        let titleLine = lesson.frontMatterLines["title"] ?? 1
        var header: [Block] = [Block(.heading(level: 1, content: [.text(meta.title)]), line: titleLine)]
        if let minutes = meta.minutes {
            header.append(Block(.paragraph([.text("≈ \(minutes) min")]), line: lesson.frontMatterLines["minutes"] ?? titleLine))
        }
        if !meta.objectives.isEmpty {
            let line = lesson.frontMatterLines["objectives"] ?? titleLine
            header.append(Block(.paragraph([.strong([.text("You will learn to:")])]), line: line))
            let items = meta.objectives.map { ListBlock.Item(blocks: [Block(.paragraph([.text($0)]), line: line)], line: line) }
            header.append(Block(.list(ListBlock(start: nil, items: items)), line: line))
        }
        var body = lesson.document.blocks
        if case .heading(1, let content)? = body.first?.kind, Self.repeatsTitle(Inline.plainText(content), meta.title) {
            body.removeFirst()
        }
        layout.layout(header, &gutter, tight: true)
        if !body.isEmpty {
            layout.emitBlank(&gutter, source: body[0].line)
            layout.layout(body, &gutter)
        }
        if !meta.decks.isEmpty {
            let line = body.last?.line ?? titleLine
            layout.emitBlank(&gutter, source: line)
            let closing = forReader
                ? "✎ End of the lesson · c to answer the questions of its deck"
                : "✎ End of the lesson · its questions: " + meta.decks.map { "attend review --deck \($0)" }.joined(separator: " · ")
            layout.emitWrapped([.text(closing, TextStyle(.caption))], &gutter, source: line)
            layout.anchorLastLines(from: layout.lines.count - 1, .lessonDecks)
        }
        return layout.lines
    }

    /// Whether a body's opening `# Heading` only repeats the title shown above it: the title
    /// itself or its start ("Decoding strategies" under "Decoding strategies - greedy, …").
    static func repeatsTitle(_ heading: String, _ title: String) -> Bool {
        let heading = heading.trimmingSpaces.lowercased(), title = title.lowercased()
        guard !heading.isEmpty, title.hasPrefix(heading) else { return false }
        guard let next = title.dropFirst(heading.count).first else { return true }
        return !next.isLetter && !next.isNumber  // a whole-word prefix, not "Token" of "Tokenisation"
    }

    /// Any document, e.g. a quiz prompt. `source` is the file it came from, used to
    /// resolve relative diagram paths.
    public static func lines(for document: Document, width: Int, diagrams: [String: String] = [:], source: String = "") -> [LayoutLine] {
        var layout = DocumentLayout(width: width, diagrams: diagrams, source: source)
        var gutter = DocumentLayout.Gutter()
        layout.layout(document.blocks, &gutter)
        return layout.lines
    }
}
