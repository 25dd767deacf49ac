import Course
import Testing
@testable import Practice

/// Drives a plain review line by line, as a pipe would, and keeps every event it emits.
///
/// Every output line is checked for control characters as it comes: the plain mode must
/// never send an escape sequence, whatever the quiz file or the learner typed.
struct PlainReviewTranscript {
    /// 2027-01-15T08:00:00Z.
    static let opened = 1_800_000_000

    var session: PlainReviewSession
    var now = opened
    var events: [PracticeEvent] = []
    var finished = false

    init(_ quiz: String, config: PracticeConfig = PracticeConfig(), states: CardStates? = nil,
         sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = QuizParser.parse(quiz, source: "Quizzes/att.md")
        #expect(parsed.diagnostics.filter { $0.severity == .error }.isEmpty, "\(parsed.diagnostics)", sourceLocation: sourceLocation)
        let decks = parsed.deck.map { [$0] } ?? []
        session = PlainReviewSession(decks: decks, states: states ?? CardStates(scheduler: config.scheduler),
                                     config: config, now: Self.opened)
    }

    mutating func start(sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let lines = session.start()
        Self.expectPrintable(lines, sourceLocation: sourceLocation)
        finished = session.isFinished
        return lines
    }

    /// Types one line `seconds` after the previous one.
    mutating func type(_ line: String, after seconds: Int = 10, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        now += seconds
        let result = session.input(line, now: now)
        Self.expectPrintable(result.output, sourceLocation: sourceLocation)
        events += result.events
        finished = result.finished
        return result.output
    }

    static func expectPrintable(_ lines: [String], sourceLocation: SourceLocation) {
        for line in lines {
            let bad = line.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
            #expect(bad.isEmpty, "control character in output line \(line.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    static func review(_ card: String, _ rating: Int, _ correct: Bool?, _ answer: String, at: Int) -> PracticeEvent {
        PracticeEvent(.review(card: card, rating: rating, correct: correct, answer: answer), at: at)
    }
}

/// A deck file around one or more items.
func plainQuiz(_ items: String, title: String = "Attention") -> String {
    "---\ndeck: att\ntitle: \(title)\nlessons: [tf-attention]\n---\n\n" + items
}

/// One transcript per quiz kind: the exact lines a learner reads and the events saved.
///
/// Intervals on a new card come from SPEC §5's learning steps: Again 1 m, Hard halfway
/// between the steps (330 s, shown 6m), Good 10 m. Easy graduates with FSRS-6's initial
/// stability 8.2956 d, an 8-day interval at 90 % retention, fuzzed per card: the fuzzed
/// days and the shuffled option orders were computed by an independent Python script
/// (FNV-1a card seed, SplitMix64, py-fsrs fuzz ranges): att/pick 11d, order [2, 0, 1] on the
/// first review and [1, 0, 2] on the second; att/recall 9d; att/name 10d.
@Suite("Plain review: kinds")
struct PlainReviewKindsTests {
    static let pick = """
    ## pick
    kind: choice

    Why divide the scores by the square root of the key size?

    - [ ] To save memory
    - [x] To keep the softmax from saturating
    - [ ] To make rows sum to 1

    ### Hint
    Think about the variance of a sum.

    ### Explanation
    The variance of a dot product grows with the key size.

    """

    @Test func choiceRightRatedEasyEndsTheSession() {
        var t = PlainReviewTranscript(plainQuiz(Self.pick))
        #expect(t.start() == [
            "Card 1 of 1 — Attention — choice",
            "",
            "Why divide the scores by the square root of the key size?",
            "",
            "1. To make rows sum to 1",
            "2. To save memory",
            "3. To keep the softmax from saturating",
            "Type the number of your choice.",
        ])
        #expect(t.type("3") == [
            "",
            "Right.",
            "",
            "Explanation:",
            "The variance of a dot product grows with the key size.",
            "",
            "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (11d) [Enter = 3]",
        ])
        #expect(t.type("4") == [
            "Rated Easy; next review in 11d.",
            "",
            "Nothing more due; next card due in 11d.",
            "Reviewed 1 card, 1 right.",
        ])
        #expect(t.finished)
        #expect(t.events == [PlainReviewTranscript.review("att/pick", 4, true, "To keep the softmax from saturating",
                                                          at: PlainReviewTranscript.opened + 20)])
    }

    @Test func choiceWrongForcesAgainAndTheCardComesBackReshuffled() {
        var t = PlainReviewTranscript(plainQuiz(Self.pick))
        _ = t.start()
        #expect(t.type("7") == ["There is no option 7; type numbers from 1 to 3.", "Type the number of your choice."])
        #expect(t.type("two") == ["“two” is not a number; type option numbers from 1 to 3.", "Type the number of your choice."])
        #expect(t.type("1") == [
            "",
            "Wrong.",
            "The answer is:",
            "3. To keep the softmax from saturating",
            "",
            "Explanation:",
            "The variance of a dot product grows with the key size.",
            "",
            "Rate: 1 Again (1m) [Enter = 1]",
        ])
        #expect(t.type("3") == ["A wrong answer is rated Again: type 1 or press Enter.", "Rate: 1 Again (1m) [Enter = 1]"])
        #expect(t.type("") == [
            "Rated Again; next review in 1m.",
            "",
            "Card 2 of 2 — Attention — choice",
            "",
            "Why divide the scores by the square root of the key size?",
            "",
            "1. To keep the softmax from saturating",
            "2. To save memory",
            "3. To make rows sum to 1",
            "Type the number of your choice.",
        ])
        #expect(t.events == [PlainReviewTranscript.review("att/pick", 1, false, "To make rows sum to 1",
                                                          at: PlainReviewTranscript.opened + 50)])
        #expect(!t.finished)
    }

    @Test func multiReadsNumbersInTheOrderShown() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## many
        kind: multi
        shuffle: false

        Which are projections of the input?

        - [x] Q
        - [x] K
        - [ ] softmax

        """), config: PracticeConfig(showIntervals: false))
        #expect(t.start() == [
            "Card 1 of 1 — Attention — multi",
            "",
            "Which are projections of the input?",
            "",
            "1. Q",
            "2. K",
            "3. softmax",
            "Type the numbers of all that apply, separated by spaces.",
        ])
        let again = "Type the numbers of all that apply, separated by spaces."
        #expect(t.type("") == ["Type at least one number, from 1 to 3.", again])
        #expect(t.type("1 4") == ["There is no option 4; type numbers from 1 to 3.", again])
        #expect(t.type("3 1") == ["", "Wrong.", "The right options are:", "1. Q", "2. K", "", "Rate: 1 Again [Enter = 1]"])
        #expect(t.events.isEmpty)
        _ = t.type("1")
        #expect(t.events == [PlainReviewTranscript.review("att/many", 1, false, "Q; softmax", at: PlainReviewTranscript.opened + 40)])
        // Back after a minute: commas work too, and intervals stay hidden as configured.
        #expect(t.type("2, 1") == ["", "Right.", "", "Rate: 2 Hard, 3 Good, 4 Easy [Enter = 3]"])
    }

    @Test func numericShowsHowFarOffAndAsksAgainWhenUnreadable() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## size
        kind: numeric
        answer: 0.125
        tolerance: 0.001

        What is 1/√64?

        """), config: PracticeConfig(showIntervals: false))
        #expect(t.start() == ["Card 1 of 1 — Attention — numeric", "", "What is 1/√64?", "", "Type the number."])
        #expect(t.type("abc") == ["Cannot read “abc” as a number; write it like 0.125, 1e-3, 1,000 or 12.5%.", "Type the number."])
        #expect(t.type("0.13") == ["", "Wrong.", "Not quite: the answer is 0.125; 0.13 is off by 0.005, 4%.", "",
                                   "Rate: 1 Again [Enter = 1]"])
        _ = t.type("")
        #expect(t.type("0.1251") == ["", "Right.", "Correct: 0.125 (you were off by 0.0001, 0.08%).", "",
                                     "Rate: 2 Hard, 3 Good, 4 Easy [Enter = 3]"])
        _ = t.type("")
        #expect(t.events.map(\.kind) == [.review(card: "att/size", rating: 1, correct: false, answer: "0.13"),
                                         .review(card: "att/size", rating: 3, correct: true, answer: "0.1251")])
    }

    @Test func numericWithAUnitSaysSo() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## memory
        kind: numeric
        answer: 16
        unit: GB

        How much memory do 8 billion 16-bit weights take?

        """))
        #expect(t.start().last == "Type the number, in GB.")
    }

    @Test func textAcceptsAnAnswerThatLooksLikeACommandAfterASpace() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## name
        kind: text
        accept: [layer norm, layernorm]

        What normalises each token's features?

        ### Hint
        Two words, the first is layer.

        """), config: PracticeConfig(showIntervals: false))
        #expect(t.start() == ["Card 1 of 1 — Attention — text", "", "What normalises each token's features?", "",
                              "Type your answer."])
        #expect(t.type("h") == ["Hint:", "Two words, the first is layer.", "Type your answer."])
        #expect(t.type(" h") == ["", "Wrong.", "Not quite. The answer is: layer norm.", "", "Rate: 1 Again [Enter = 1]"])
        #expect(t.type("") == ["Rated Again; next review in 1m.", "", "Card 2 of 2 — Attention — text", "",
                               "What normalises each token's features?", "", "Type your answer."])
        #expect(t.type("LayerNorm") == ["", "Right.", "", "Rate: 2 Hard, 3 Good, 4 Easy [Enter = 3]"])
        #expect(t.events.first?.kind == .review(card: "att/name", rating: 1, correct: false, answer: " h"))
    }

    @Test func orderTakesTheNumbersShownAndGivesTheRightOrderBack() {
        // att/forward's seeded shuffle is the identity [0, 1, 2] (Python oracle), which would
        // give the answer away: the steps are rotated instead.
        var t = PlainReviewTranscript(plainQuiz("""
        ## forward
        kind: order

        Put the steps of attention in order.

        1. Scores
        2. Softmax
        3. Weighted sum

        """), config: PracticeConfig(showIntervals: false))
        #expect(t.start() == [
            "Card 1 of 1 — Attention — order",
            "",
            "Put the steps of attention in order.",
            "",
            "1. Softmax",
            "2. Weighted sum",
            "3. Scores",
            "Type the steps' numbers in the right order, separated by spaces.",
        ])
        #expect(t.type("3 1") == ["Type each of the 3 step numbers once, in the right order, like 3 2 1.",
                                  "Type the steps' numbers in the right order, separated by spaces."])
        #expect(t.type("1 2 3") == [
            "", "Wrong.", "0 of 3 steps in the right place.", "The right order is 3 1 2:",
            "3. Scores", "1. Softmax", "2. Weighted sum", "", "Rate: 1 Again [Enter = 1]",
        ])
        // Back for its second review, reshuffled with the next seed: [2, 0, 1] (Python oracle).
        #expect(t.type("1").suffix(4) == ["1. Weighted sum", "2. Scores", "3. Softmax",
                                          "Type the steps' numbers in the right order, separated by spaces."])
        #expect(t.type("2 3 1") == ["", "Right.", "", "Rate: 2 Hard, 3 Good, 4 Easy [Enter = 3]"])
        #expect(t.events == [PlainReviewTranscript.review("att/forward", 1, false, "Softmax → Weighted sum → Scores",
                                                          at: PlainReviewTranscript.opened + 30)])
    }

    @Test func clozeReadsOneGapPerLine() {
        var t = PlainReviewTranscript(plainQuiz("""
        ## gaps
        kind: cloze

        The {{query}} is compared with each {{key|keys}}.

        """), config: PracticeConfig(showIntervals: false))
        #expect(t.start() == ["Card 1 of 1 — Attention — cloze", "", "The [1] is compared with each [2].", "",
                              "Fill the gaps one per line.", "Gap 1:"])
        #expect(t.type("") == ["Gap 2:"])
        #expect(t.type("  ") == ["Fill in the gaps.", "Gap 1:"])
        #expect(t.type("query") == ["Gap 2:"])
        #expect(t.type("value") == ["", "Wrong.", "1 of 2 gaps right: gap 2 is “key”.", "", "Rate: 1 Again [Enter = 1]"])
        _ = t.type("")
        #expect(t.type("Query") == ["Gap 2:"])
        #expect(t.type("keys") == ["", "Right.", "", "Rate: 2 Hard, 3 Good, 4 Easy [Enter = 3]"])
        #expect(t.events == [PlainReviewTranscript.review("att/gaps", 1, false, "query | value", at: PlainReviewTranscript.opened + 50)])
    }

    static let recall = """
    ## recall
    kind: card

    Why is attention without positions permutation-equivariant?

    ### Answer
    Every token is treated alike, whatever its place.

    ### Explanation
    That is why transformers add positional information.

    """

    @Test func cardRevealsThenAsksWhetherYouKnewIt() {
        var t = PlainReviewTranscript(plainQuiz(Self.recall))
        #expect(t.start() == ["Card 1 of 1 — Attention — card", "",
                              "Why is attention without positions permutation-equivariant?", "",
                              "Press Enter to see the answer."])
        #expect(t.type("") == ["", "Answer:", "Every token is treated alike, whatever its place.", "",
                               "Explanation:", "That is why transformers add positional information.", "",
                               "Did you know it? y/n"])
        #expect(t.type("maybe") == ["Type y if you knew it, or n if you did not.", "Did you know it? y/n"])
        #expect(t.type("y") == ["", "Rate: 2 Hard (6m), 3 Good (10m), 4 Easy (9d) [Enter = 3]"])
        #expect(t.type("2") == ["Rated Hard; next review in 6m.", "", "Card 2 of 2 — Attention — card", "",
                                "Why is attention without positions permutation-equivariant?", "",
                                "Press Enter to see the answer."])
        #expect(t.events == [PlainReviewTranscript.review("att/recall", 2, nil, "", at: PlainReviewTranscript.opened + 40)])
    }

    @Test func cardNotKnownIsRatedAgainAndKeepsWhatWasTyped() {
        var t = PlainReviewTranscript(plainQuiz(Self.recall))
        _ = t.start()
        _ = t.type("tokens are symmetric")
        #expect(t.type("N") == ["", "Rate: 1 Again (1m) [Enter = 1]"])
        #expect(t.type("good") == ["A card you did not know is rated Again: type 1 or press Enter.", "Rate: 1 Again (1m) [Enter = 1]"])
        #expect(t.type("again").first == "Rated Again; next review in 1m.")
        #expect(t.events == [PlainReviewTranscript.review("att/recall", 1, nil, "tokens are symmetric",
                                                          at: PlainReviewTranscript.opened + 40)])
    }
}

/// One typed line, read the same way by the plain review and the plain drill.
@Suite struct PlainTypedLineTests {
    @Test func clozeGapsCollectUntilTheLastCompletesTheResponse() {
        let item = QuizItem(id: "c", deck: "d", answer: .cloze([ClozeGap(answers: ["row"], line: 3, column: 5),
                                                                ClozeGap(answers: ["1"], line: 3, column: 20)]),
                            prompt: QuizText("Each {{row}} sums to {{1}}.", firstLine: 3))
        var gaps: [String] = []
        #expect(PlainTypedLine.read("row", item: item, order: [], gaps: &gaps) == .moreGaps)
        #expect(PlainTypedLine.read("1", item: item, order: [], gaps: &gaps) == .response(.cloze(["row", "1"])))
        #expect(gaps.isEmpty, "ready for the next card")
    }

    @Test func aCardAttemptIsTrimmedAndANumberForAChoiceIsRead() {
        let card = QuizItem(id: "k", deck: "d", answer: .card(QuizText("Because.", firstLine: 5)), prompt: QuizText("Why?", firstLine: 3))
        var gaps: [String] = []
        #expect(PlainTypedLine.read("  it scales  ", item: card, order: [], gaps: &gaps) == .cardAttempt("it scales"))
        let choice = QuizItem(id: "m", deck: "d", answer: .choice([QuizOption(text: "a", isCorrect: false, line: 4),
                                                                   QuizOption(text: "b", isCorrect: true, line: 5)]),
                              prompt: QuizText("Pick.", firstLine: 3))
        #expect(PlainTypedLine.read("1", item: choice, order: [1, 0], gaps: &gaps) == .response(.choice(1)), "row 1 shows option b")
        if case .unreadable = PlainTypedLine.read("seven", item: choice, order: [1, 0], gaps: &gaps) {} else {
            Issue.record("a word is not an option number")
        }
    }
}
