/// The course outline from `Lessons/course.md`: the course title and its modules in order.
public struct CourseOutline: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        public var id: String
        public var title: String
        public var summary: String
        /// Line of the module's `##` heading.
        public var line: Int

        public init(id: String, title: String, summary: String, line: Int) {
            self.id = id
            self.title = title
            self.summary = summary
            self.line = line
        }
    }

    public var title: String
    /// The optional paragraph between the title and the first module.
    public var introduction: String
    public var modules: [Entry]
}

/// Parses `Lessons/course.md`, which reads as ordinary Markdown on a code-hosting site:
///
/// ```
/// # LLM foundations                                  ← course title (one `#` heading, first)
///
/// From linear algebra to RAG, one kernel at a time.  ← optional introduction
///
/// ## linalg — Linear algebra                         ← module: `## <id> — <title>`
///
/// Vectors, matrices and the shapes every later lesson relies on.   ← one-paragraph summary
///
/// ## calculus — Calculus & backprop
///
/// Derivatives, the chain rule, and backpropagation by hand.
/// ```
///
/// The separator between id and title is an em dash `—`; ` - `, ` – ` and `: ` are also
/// accepted. Module order is file order. Anything else is reported.
public enum CourseOutlineParser {
    public static func parse(_ text: String, source: String) -> (outline: CourseOutline, diagnostics: [Diagnostic]) {
        let (document, markdownProblems) = MarkdownParser.parse(text, source: source)
        var diagnostics = markdownProblems
        var outline = CourseOutline(title: "", introduction: "", modules: [])
        var summaryTaken = false
        var underRejectedHeading = false  // its paragraphs belong to no module; the heading is reported

        for block in document.blocks {
            switch block.kind {
            case .heading(1, let content) where outline.title.isEmpty && outline.modules.isEmpty:
                outline.title = Inline.plainText(content).trimmingSpaces
            case .heading(2, let content):
                underRejectedHeading = true
                let heading = Inline.plainText(content).trimmingSpaces
                guard let (id, title) = splitHeading(heading) else {
                    diagnostics.append(.error(source, block.line, block.column,
                        "module headings look like `## module-id — Title`"))
                    continue
                }
                if !KebabCase.matches(id) {
                    diagnostics.append(.error(source, block.line, block.column + 3,
                        "module id `\(id)` must be kebab-case: lowercase letters and digits joined by -"))
                    continue
                }
                if let first = outline.modules.first(where: { $0.id == id }) {
                    diagnostics.append(.error(source, block.line, block.column + 3,
                        "module `\(id)` is listed twice (first on line \(first.line))"))
                    continue
                }
                outline.modules.append(CourseOutline.Entry(id: id, title: title, summary: "", line: block.line))
                summaryTaken = false
                underRejectedHeading = false
            case .paragraph(let content):
                let text = Inline.plainText(content).trimmingSpaces
                if underRejectedHeading {
                    continue
                } else if outline.modules.isEmpty {
                    outline.introduction += outline.introduction.isEmpty ? text : " " + text
                } else if summaryTaken {
                    diagnostics.append(.warning(source, block.line, block.column,
                        "a module has one summary paragraph; this one is ignored"))
                } else {
                    outline.modules[outline.modules.count - 1].summary = text
                    summaryTaken = true
                }
            default:
                diagnostics.append(.warning(source, block.line, block.column,
                    "course.md holds a title, module headings and their summaries; this block is ignored"))
            }
        }
        if outline.title.isEmpty {
            diagnostics.append(.error(source, 1, 1, "course.md must start with the course title: `# Title`"))
        }
        if outline.modules.isEmpty {
            diagnostics.append(.error(source, 1, 1, "course.md lists no modules; add `## module-id — Title` headings"))
        }
        for module in outline.modules where module.summary.isEmpty {
            diagnostics.append(.error(source, module.line, 1, "module `\(module.id)` needs a one-line summary paragraph under its heading"))
        }
        return (outline, diagnostics.sorted(by: Diagnostic.sourceOrder))
    }

    private static func splitHeading(_ heading: String) -> (String, String)? {
        for separator in [" — ", " – ", " - ", ": "] {
            if let range = heading.firstRange(of: separator) {
                let id = String(heading[..<range.lowerBound]).trimmingSpaces
                let title = String(heading[range.upperBound...]).trimmingSpaces
                if !id.isEmpty && !title.isEmpty { return (id, title) }
            }
        }
        return nil
    }
}
