/// Lays out a lesson (or any Markdown document) as styled lines for the reader.
///
/// Pure: everything it shows comes from its arguments. Text diagrams are passed in as
/// `diagrams` (root-relative path → text, i.e. `CourseCatalog.diagrams`), which is why
/// the loader reads them up front.
public enum LessonLayout {
    /// The lesson as the reader shows it: the front-matter title as a level-1 heading,
    /// the time it takes, "You will learn to:" with the objectives, then the body. A body
    /// that opens with the same `# Title` does not repeat it.
    public static func lines(for lesson: Lesson, width: Int, diagrams: [String: String]) -> [LayoutLine] {
        var layout = DocumentLayout(width: width, diagrams: diagrams, source: lesson.source)
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
        if case .heading(1, let content)? = body.first?.kind, Inline.plainText(content).trimmingSpaces == meta.title {
            body.removeFirst()
        }
        layout.layout(header, &gutter, tight: true)
        if !body.isEmpty {
            layout.emitBlank(&gutter, source: body[0].line)
            layout.layout(body, &gutter)
        }
        return layout.lines
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
