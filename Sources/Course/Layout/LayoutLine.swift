/// Marks the first line of a heading, so the outline and "jump to section" can find it.
public struct HeadingMark: Equatable, Sendable {
    public var level: Int
    public var title: String

    public init(level: Int, title: String) {
        self.level = level
        self.title = title
    }
}

/// Marks a line the reader can act on.
public enum LineAnchor: Equatable, Sendable {
    /// The caption line above a kernel's code; nil name for the main kernel.
    case kernel(name: String?)
    /// The lines of a quiz checkpoint: an index into `Lesson.checkpoints`.
    case checkpoint(index: Int)
    /// The closing line that offers the lesson's decks.
    case lessonDecks
}

/// One laid-out line of a lesson: styled spans no wider than the layout width (code,
/// display math and diagrams are kept whole and may be wider; screens clip them).
public struct LayoutLine: Equatable, Sendable {
    public var spans: [StyledSpan]
    /// The line of the lesson file this line came from, for "edit at line" and search.
    public var sourceLine: Int
    public var heading: HeadingMark?
    public var anchor: LineAnchor?

    public init(spans: [StyledSpan], sourceLine: Int, heading: HeadingMark? = nil, anchor: LineAnchor? = nil) {
        self.spans = spans
        self.sourceLine = sourceLine
        self.heading = heading
        self.anchor = anchor
    }

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }

    public var isBlank: Bool { spans.allSatisfy { $0.text.allSatisfy { $0 == " " } } }
}

/// The text a pipe or a screen reader gets: the lines' text, trailing spaces removed.
public enum PlainText {
    public static func render(_ lines: [LayoutLine]) -> String {
        var out = ""
        for line in lines {
            var text = Substring(line.text)
            while text.last == " " { text = text.dropLast() }
            out += text
            out += "\n"
        }
        return out
    }
}
