/// What the reader shows of one checkpoint question where the ```` ```quiz ```` block stands:
/// the first paragraph of its prompt and how the learner last answered it.
public struct CheckpointQuestion: Equatable, Sendable {
    public enum Mark: Equatable, Sendable {
        /// Not answered yet.
        case open
        /// Last answered right (rated Hard, Good or Easy).
        case right
        /// Last answered wrong (rated Again).
        case wrong

        var symbol: String {
            switch self {
            case .open: return "○"
            case .right: return "✓"
            case .wrong: return "✗"
            }
        }
    }

    public var prompt: [Inline]
    public var mark: Mark

    public init(prompt: [Inline], mark: Mark) {
        self.prompt = prompt
        self.mark = mark
    }

    /// The item's prompt up to its first paragraph break (a prompt that opens with code or a
    /// list shows its first line as plain text). A cloze's gaps show as blanks, never their
    /// answers.
    public init(item: QuizItem, mark: Mark) {
        let text = QuizText(item.promptBlankingGaps { _ in "___" }, firstLine: item.prompt.firstLine)
        let blocks = text.document(source: "").blocks
        if case .paragraph(let content)? = blocks.first?.kind {
            self.init(prompt: content, mark: mark)
        } else {
            let firstLine = text.text.split(separator: "\n").first.map(String.init) ?? item.id
            self.init(prompt: [.text(firstLine)], mark: mark)
        }
    }
}
