import Testing
@testable import Course

/// Every mistake an author can make in a quiz item is reported once, at its line and column.
@Suite struct QuizDiagnosticsTests {
    /// One mistake: the item text (its `##` heading lands on line 6 of the file), and where
    /// and what the single diagnostic must be.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var item: String
        var line: Int
        var column: Int
        var severity: Diagnostic.Severity = .error
        var says: String
        /// False when the mistake is a warning and the item is still asked.
        var unusable = true
        var testDescription: String { name }
    }

    static func file(_ items: String) -> String {
        "---\ndeck: d\ntitle: D\n---\n\n" + items
    }

    static let explanation = "\n\n### Explanation\nBecause.\n"

    static let cases: [Case] = [
        Case(name: "choice without [x]", item: "## q\nkind: choice\n\nPick one.\n\n- [ ] a\n- [ ] b" + explanation,
             line: 11, column: 3, says: "no option is marked `[x]`"),
        Case(name: "choice with two [x]", item: "## q\nkind: choice\n\nPick one.\n\n- [x] a\n- [x] b\n- [ ] c" + explanation,
             line: 12, column: 3, says: "this is the second (the first is on line 11)"),
        Case(name: "choice with one option", item: "## q\nkind: choice\n\nPick one.\n\n- [x] a" + explanation,
             line: 11, column: 3, says: "at least two options"),
        Case(name: "multi without [x]", item: "## q\nkind: multi\n\nPick some.\n\n- [ ] a\n  - [ ] b\n- [ ] c" + explanation,
             line: 11, column: 3, says: "a multi item needs one or more right options"),
        Case(name: "repeated option", item: "## q\nkind: multi\n\nPick some.\n\n- [x] same\n- [ ] same" + explanation,
             line: 12, column: 7, says: "option `same` is also on line 11"),
        Case(name: "options on a numeric item", item: "## q\nkind: numeric\nanswer: 2\n\nHow many?\n\n- [ ] 2" + explanation,
             line: 12, column: 1, says: "only for choice and multi items; this is a numeric item"),
        Case(name: "text after the options", item: "## q\nkind: choice\n\nPick one.\n\n- [x] a\n- [ ] b\n\nMore words." + explanation,
             line: 14, column: 1, says: "text after the options"),
        Case(name: "unreadable answer", item: "## q\nkind: numeric\nanswer: 1,5\n\nHow many?" + explanation,
             line: 8, column: 9, says: "answer `1,5` is not a number"),
        Case(name: "unreadable tolerance", item: "## q\nkind: numeric\nanswer: 2\ntolerance: a lot\n\nHow many?" + explanation,
             line: 9, column: 12, says: "tolerance `a lot` is not a number"),
        Case(name: "negative tolerance", item: "## q\nkind: numeric\nanswer: 2\ntolerance: −0.5\n\nHow many?" + explanation,
             line: 9, column: 12, says: "cannot be negative"),
        Case(name: "unit inside the answer", item: "## q\nkind: numeric\nanswer: 16 GB\n\nHow big?" + explanation,
             line: 8, column: 9, says: "`unit: GB`"),
        Case(name: "numeric without answer", item: "## q\nkind: numeric\n\nHow many?" + explanation,
             line: 6, column: 1, says: "needs `answer: <number>`"),
        Case(name: "text without accept or contains", item: "## q\nkind: text\n\nName it." + explanation,
             line: 6, column: 1, says: "needs `accept: [answer, other answer]`"),
        Case(name: "order with one step", item: "## q\nkind: order\n\nOrder these.\n\n1. only" + explanation,
             line: 11, column: 1, says: "at least two steps"),
        Case(name: "order numbered out of sequence", item: "## q\nkind: order\n\nOrder these.\n\n1. a\n3. c\n2. b" + explanation,
             line: 11, column: 1, says: "steps are numbered 1, 3, 2"),
        Case(name: "cloze without a gap", item: "## q\nkind: cloze\n\nNo gaps here." + explanation,
             line: 6, column: 1, says: "at least one gap"),
        Case(name: "cloze gap never closed", item: "## q\nkind: cloze\n\nThe {{answer} is here." + explanation,
             line: 9, column: 5, says: "not closed with `}}`"),
        Case(name: "cloze gap with an empty alternative", item: "## q\nkind: cloze\n\nSay {{yes|}} now." + explanation,
             line: 9, column: 5, says: "empty answer"),
        Case(name: "card without ### Answer", item: "## q\nkind: card\n\nExplain it.",
             line: 6, column: 1, says: "needs a `### Answer` section"),
        Case(name: "### Answer on a numeric item", item: "## q\nkind: numeric\nanswer: 2\n\nHow many?\n\n### Answer\nTwo." + explanation,
             line: 12, column: 1, says: "`### Answer` is for card items"),
        Case(name: "unknown section", item: "## q\nkind: card\n\nExplain.\n\n### Answer\nThis.\n\n### Notes\nMine.",
             line: 14, column: 1, says: "unknown section `### Notes`"),
        Case(name: "empty prompt", item: "## q\nkind: text\naccept: [a]" + explanation,
             line: 6, column: 1, says: "has no prompt"),
        Case(name: "id not kebab-case", item: "## Scale_Why\nkind: text\naccept: [a]\n\nName it." + explanation,
             line: 6, column: 4, says: "item id `Scale_Why` must be kebab-case"),
        Case(name: "heading without id", item: "##\nkind: text\naccept: [a]\n\nName it." + explanation,
             line: 6, column: 1, says: "needs an id"),
        Case(name: "unknown kind", item: "## q\nkind: essay\n\nWrite." + explanation,
             line: 7, column: 7, says: "unknown kind `essay`; kinds are choice, multi, numeric, text, order, cloze, card"),
        Case(name: "missing kind", item: "## q\ntags: [a]\n\nWrite." + explanation,
             line: 6, column: 1, says: "has no `kind:`"),
        Case(name: "unknown metadata key", item: "## q\nkind: text\ncolour: red\naccept: [a]\n\nName it." + explanation,
             line: 8, column: 1, says: "unknown key `colour`"),
        Case(name: "key of another kind", item: "## q\nkind: text\naccept: [a]\ntolerance: 1%\n\nName it." + explanation,
             line: 9, column: 1, says: "`tolerance` is for numeric items; this is a text item"),
        Case(name: "metadata below the prompt", item: "## q\nkind: text\naccept: [a]\n\nName it.\n\ntags: [late]" + explanation,
             line: 12, column: 1, says: "metadata `tags:` must stand directly under the item heading"),
        Case(name: "difficulty out of range", item: "## q\nkind: text\naccept: [a]\ndifficulty: 6\n\nName it." + explanation,
             line: 9, column: 13, says: "difficulty `6` must be a whole number from 1 (easy) to 5 (hard)"),
        Case(name: "shuffle neither true nor false", item: "## q\nkind: choice\nshuffle: maybe\n\nPick.\n\n- [x] a\n- [ ] b" + explanation,
             line: 8, column: 10, says: "shuffle is `true` or `false`"),
        Case(name: "lesson not kebab-case", item: "## q\nkind: text\naccept: [a]\nlesson: Attention\n\nName it." + explanation,
             line: 9, column: 9, says: "lesson `Attention` is not a kebab-case lesson id"),
        Case(name: "missing explanation", item: "## q\nkind: text\naccept: [a]\n\nName it.\n",
             line: 6, column: 1, severity: .warning, says: "has no `### Explanation`", unusable: false),
        Case(name: "empty hint", item: "## q\nkind: text\naccept: [a]\n\nName it.\n\n### Hint\n" + explanation,
             line: 12, column: 1, severity: .warning, says: "`### Hint` is empty", unusable: false),
    ]

    @Test(arguments: cases)
    func reportsTheMistakeOnceAtItsPosition(_ c: Case) throws {
        let (deck, diagnostics) = QuizParser.parse(Self.file(c.item), source: "Quizzes/d.md")
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.file == "Quizzes/d.md")
        #expect((diagnostic.line, diagnostic.column) == (c.line, c.column))
        #expect(diagnostic.severity == c.severity)
        #expect(diagnostic.message.contains(c.says), "\(diagnostic.message)")
        #expect(deck?.items.isEmpty == c.unusable)
    }

    @Test func duplicateItemIdIsReportedAtTheSecondHeading() throws {
        let item = "## same-id\nkind: text\naccept: [a]\n\nName it." + Self.explanation + "\n"
        let (deck, diagnostics) = QuizParser.parse(Self.file(item + item), source: "Quizzes/d.md")
        #expect(diagnostics.map(\.description) == [
            "Quizzes/d.md:15:4: error: duplicate item id `same-id` (first used on line 6)",
        ])
        #expect(deck?.items.map(\.line) == [6])
    }

    @Test func unusableItemsAreListedSoCheckpointsDoNotReportThemTwice() throws {
        let (deck, _) = QuizParser.parse(Self.file("## broken\nkind: numeric\n\nHow many?" + Self.explanation), source: "Quizzes/d.md")
        let parsed = try #require(deck)
        #expect(parsed.items.isEmpty)
        #expect(parsed.unusableItems == ["broken": 6])
        #expect(parsed.defines(itemID: "broken"))
    }

    @Test func fileWithoutFrontMatterIsReportedAtItsFirstLine() {
        let (deck, diagnostics) = QuizParser.parse("## q\nkind: card\n", source: "Quizzes/d.md")
        #expect(deck == nil)
        #expect(diagnostics.map { "\($0.line):\($0.column)" } == ["1:1"])
        #expect(diagnostics.first?.message.contains("a quiz file starts with front matter") == true)
    }

    @Test func frontMatterWithoutDeckOrWithUnknownKeys() {
        let (deck, diagnostics) = QuizParser.parse("---\ntitle: T\nmodule: x\n---\n", source: "Quizzes/d.md")
        #expect(deck == nil)
        #expect(diagnostics.map { "\($0.line):\($0.column)" } == ["1:1", "3:1"])
        #expect(diagnostics.first?.message.hasPrefix("front matter has no `deck`") == true)
        #expect(diagnostics.last?.message.hasPrefix("unknown key `module`") == true)
    }

    @Test func deckWithoutItemsAndStrayTextAreWarnings() {
        let (deck, diagnostics) = QuizParser.parse("---\ndeck: d\ntitle: D\n---\n\n# Deck D\n\nSome words.\n", source: "Quizzes/d.md")
        #expect(deck != nil)
        #expect(diagnostics.map(\.description) == [
            "Quizzes/d.md:4:1: warning: deck has no items; each item starts with a `## item-id` heading",
            "Quizzes/d.md:8:1: warning: text before the first `## item-id` heading belongs to no item and is never shown",
        ])
    }

    @Test func markdownProblemsInAnOptionNameTheirRealColumn() throws {
        let item = "## q\nkind: choice\n\nPick.\n\n- [x] $\\frac{a}$\n- [ ] b" + Self.explanation
        let (deck, diagnostics) = QuizParser.parse(Self.file(item), source: "Quizzes/d.md")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.line == 11)
        #expect(diagnostic.column >= 7, "the math starts at column 7, after `- [x] `")
        #expect(deck?.items.count == 1, "a Markdown problem is reported but the item is kept")
    }
}
