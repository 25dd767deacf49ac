/// A piece of Markdown from a quiz file (a prompt, hint, explanation or model answer),
/// kept as text with the file line it starts on so the reader can lay it out with the
/// lesson layout and diagnostics can name real lines.
public struct QuizText: Equatable, Sendable {
    public var text: String
    /// 1-based line in the quiz file of the text's first line.
    public var firstLine: Int

    public init(_ text: String, firstLine: Int) {
        self.text = text
        self.firstLine = firstLine
    }

    /// The text parsed as Markdown, positions naming lines of the quiz file.
    public func document(source: String) -> Document {
        MarkdownParser.parse(text, source: source, firstLine: firstLine).document
    }
}

/// The kinds of quiz item (SPEC §3).
public enum QuizKind: String, CaseIterable, Equatable, Sendable {
    case choice, multi, numeric, text, order, cloze, card

    /// Whether the app can grade it; a `card` is graded by the learner.
    public var isAutoGraded: Bool { self != .card }
}

/// One option of a `choice` or `multi` item: `- [ ] text` or `- [x] text`.
public struct QuizOption: Equatable, Sendable {
    /// Inline Markdown.
    public var text: String
    public var isCorrect: Bool
    public var line: Int

    public init(text: String, isCorrect: Bool, line: Int) {
        self.text = text
        self.isCorrect = isCorrect
        self.line = line
    }
}

/// One step of an `order` item, in the right order in the file.
public struct OrderStep: Equatable, Sendable {
    /// Inline Markdown.
    public var text: String
    public var line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// One `{{answer|alternative}}` gap of a `cloze` prompt.
public struct ClozeGap: Equatable, Sendable {
    /// Every accepted answer; the first is the one shown as the answer.
    public var answers: [String]
    /// Where `{{` stands in the quiz file.
    public var line: Int
    public var column: Int

    public init(answers: [String], line: Int, column: Int) {
        self.answers = answers
        self.line = line
        self.column = column
    }
}

/// How close a numeric response must be.
public enum NumericTolerance: Equatable, Sendable {
    /// None given: equal up to a relative 1e-9, which forgives only floating-point noise.
    case exact
    /// `tolerance: 0.001`: |response − answer| ≤ this.
    case absolute(Double)
    /// `tolerance: 1%`: |response − answer| ≤ this fraction of |answer| (0.01 for `1%`).
    case relative(Double)
}

/// The `answer`, `tolerance` and `unit` of a `numeric` item.
public struct NumericAnswer: Equatable, Sendable {
    /// The number as written: `12.5` for `answer: 12.5%`.
    public var value: Double
    /// True when the answer was written as a percent (`12.5%`, or `unit: %`): `value` is
    /// then in percent points.
    public var isPercent: Bool
    public var tolerance: NumericTolerance
    /// `unit: GB`; a response may repeat it (any case) or leave it out.
    public var unit: String?
    /// The answer as the author wrote it, for feedback.
    public var written: String

    public init(value: Double, isPercent: Bool = false, tolerance: NumericTolerance = .exact, unit: String? = nil, written: String) {
        self.value = value
        self.isPercent = isPercent
        self.tolerance = tolerance
        self.unit = unit
        self.written = written
    }
}

/// The `accept` and `contains` lists of a `text` item.
public struct TextAnswer: Equatable, Sendable {
    /// Whole answers that are right, the first being the one shown.
    public var accept: [String]
    /// Phrases any one of which, found as whole words, makes an answer right.
    public var contains: [String]

    public init(accept: [String], contains: [String] = []) {
        self.accept = accept
        self.contains = contains
    }
}

/// The kind of an item together with what its answer is.
public enum QuizAnswer: Equatable, Sendable {
    /// Exactly one option is correct.
    case choice([QuizOption])
    /// One or more options are correct.
    case multi([QuizOption])
    case numeric(NumericAnswer)
    case text(TextAnswer)
    /// The steps in the right order.
    case order([OrderStep])
    case cloze([ClozeGap])
    /// The `### Answer` the learner compares their recall with.
    case card(QuizText)

    public var kind: QuizKind {
        switch self {
        case .choice: .choice
        case .multi: .multi
        case .numeric: .numeric
        case .text: .text
        case .order: .order
        case .cloze: .cloze
        case .card: .card
        }
    }
}

/// One quiz item: a `## item-id` section of a quiz file (SPEC §3). Every item is a card.
public struct QuizItem: Equatable, Sendable {
    /// The kebab-case id under `##`, unique in its deck.
    public var id: String
    public var deck: String
    public var answer: QuizAnswer
    /// The question, as Markdown. For cloze items it still holds the `{{…}}` gaps; see
    /// `promptBlankingGaps(with:)`.
    public var prompt: QuizText
    public var hint: QuizText?
    public var explanation: QuizText?
    public var tags: [String]
    /// `difficulty: 1-5`.
    public var difficulty: Int?
    /// `lesson: <lesson-id>`.
    public var lesson: String?
    /// `source: <free text>`: where the question comes from.
    public var attribution: String?
    /// False for `shuffle: false`; options of choice and multi items, and the steps of order
    /// items, are shown shuffled otherwise.
    public var shuffle: Bool
    /// The quiz file, relative to the course root.
    public var file: String
    /// Line of the `## item-id` heading.
    public var line: Int
    /// Where each metadata value was written, by key, for diagnostics about it.
    public var metadataPositions: [String: FrontMatter.Position]

    public init(id: String, deck: String, answer: QuizAnswer, prompt: QuizText, hint: QuizText? = nil,
                explanation: QuizText? = nil, tags: [String] = [], difficulty: Int? = nil, lesson: String? = nil,
                attribution: String? = nil, shuffle: Bool = true, file: String = "", line: Int = 0,
                metadataPositions: [String: FrontMatter.Position] = [:]) {
        self.id = id
        self.deck = deck
        self.answer = answer
        self.prompt = prompt
        self.hint = hint
        self.explanation = explanation
        self.tags = tags
        self.difficulty = difficulty
        self.lesson = lesson
        self.attribution = attribution
        self.shuffle = shuffle
        self.file = file
        self.line = line
        self.metadataPositions = metadataPositions
    }

    /// `deck/item-id`: the key review history is stored under. Never changes with the text.
    public var cardID: String { "\(deck)/\(id)" }

    public var kind: QuizKind { answer.kind }

    /// The model answer of a card item.
    public var modelAnswer: QuizText? {
        if case .card(let text) = answer { return text }
        return nil
    }

    /// A cloze's prompt as Markdown with its gaps shown as `[1]`, `[2]`, …, escaped so that a
    /// gap right before "(" never reads as a link. Other prompts come back unchanged.
    public var promptWithNumberedGaps: QuizText {
        guard case .cloze = answer else { return prompt }
        return QuizText(promptBlankingGaps { "\\[\($0 + 1)\\]" }, firstLine: prompt.firstLine)
    }

    /// The prompt with each `{{…}}` gap replaced by `blank(gapIndex)` (0-based), for
    /// showing a cloze item without its answers. Other prompts come back unchanged.
    public func promptBlankingGaps(with blank: (Int) -> String) -> String {
        guard case .cloze = answer else { return prompt.text }
        return ClozeGapScanner.replacingGaps(in: prompt.text, with: blank)
    }
}
