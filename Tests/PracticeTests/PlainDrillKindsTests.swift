import Course
import Testing
@testable import Practice

/// Drives a plain drill line by line, as a pipe would, and keeps every event it emits.
///
/// Every output line is checked for control characters as it comes: the plain mode must
/// never send an escape sequence, whatever the quiz file or the learner typed.
struct PlainDrillTranscript {
    /// 2027-01-15T08:00:00Z.
    static let started = 1_800_000_000

    var session: PlainDrillSession
    var now = started
    var events: [PracticeEvent] = []
    var finished = false

    /// A drill over the quiz's items in file order, each scored under `topics`, with seed 7.
    init(_ quiz: String, topics: [String] = ["attention"], minutes: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let parsed = QuizParser.parse(quiz, source: "Quizzes/att.md")
        #expect(parsed.diagnostics.filter { $0.severity == .error }.isEmpty, "\(parsed.diagnostics)", sourceLocation: sourceLocation)
        let decks = parsed.deck.map { [$0] } ?? []
        let entries = decks.flatMap(\.items).map { DrillPlan.Entry(item: $0, topics: topics, weakness: 1) }
        let plan = DrillPlan(entries: entries, topic: "interview", available: entries.count, seed: 7)
        session = PlainDrillSession(plan: plan, decks: decks, startedAt: Self.started, minutes: minutes)
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

    static func drill(_ card: String, _ correct: Bool, seconds: Int, _ answer: String, at: Int) -> PracticeEvent {
        PracticeEvent(.drill(card: card, correct: correct, seconds: seconds, answer: answer, startedAt: started), at: at)
    }
}

/// A deck file around one or more items, for drills.
func plainDrillQuiz(_ items: String) -> String {
    "---\ndeck: att\ntitle: Attention\nlessons: [tf-attention]\n---\n\n" + items
}

/// One transcript per quiz kind: the exact lines a learner reads and the events saved.
///
/// Option orders come from the drill screen's seeding (plan seed 7 xor the drill constant,
/// plus the position, through SplitMix64 and Fisher–Yates), computed by an independent
/// Python script: three options at position 0 stay [0, 1, 2]; at position 1 they become
/// [1, 2, 0].
@Suite("Plain drill: kinds")
struct PlainDrillKindsTests {
    static let size = """
    ## size
    kind: numeric
    answer: 0.125
    tolerance: 0.001

    What is 1/√64?

    ### Explanation
    √64 is 8.

    """

    static let pick = """
    ## pick
    kind: choice

    Why divide the scores by the square root of the key size?

    - [ ] To save memory
    - [x] To keep the softmax from saturating
    - [ ] To make rows sum to 1

    ### Explanation
    The variance of a dot product grows with the key size.

    """

    @Test func numericThenShuffledChoiceWithoutALimit() {
        var t = PlainDrillTranscript(plainDrillQuiz(Self.size + Self.pick), topics: ["attention", "scaling"])
        #expect(t.start() == [
            "Drill: interview, 2 questions, no time limit. Type ? for help, q to stop.",
            "",
            "Question 1 of 2 — attention, scaling — numeric — 0:00 elapsed",
            "",
            "What is 1/√64?",
            "",
            "Type the number.",
        ])
        #expect(t.type("eight", after: 12) == ["Cannot read “eight” as a number; write it like 0.125, 1e-3, 1,000 or 12.5%.",
                                               "Type the number."])
        #expect(t.type("0.13", after: 20) == ["", "Wrong.", "Not quite: the answer is 0.125; 0.13 is off by 0.005, 4%.", "",
                                              "Explanation:", "√64 is 8.", "", "Press Enter for the next question."])
        #expect(t.events == [PlainDrillTranscript.drill("att/size", false, seconds: 32, "0.13", at: PlainDrillTranscript.started + 32)])
        // Reading the feedback for 60 s does not count towards the next question's time.
        #expect(t.type("", after: 60) == [
            "Question 2 of 2 — attention, scaling — choice — 1:32 elapsed",
            "",
            "Why divide the scores by the square root of the key size?",
            "",
            "1. To keep the softmax from saturating",
            "2. To make rows sum to 1",
            "3. To save memory",
            "Type the number of your choice.",
        ])
        #expect(t.type("4", after: 5) == ["There is no option 4; type numbers from 1 to 3.", "Type the number of your choice."])
        let last = t.type("1", after: 3)
        #expect(Array(last.prefix(5)) == ["", "Right.", "", "Explanation:", "The variance of a dot product grows with the key size."])
        #expect(last[5] == "")
        #expect(last[6] == "Drill: interview")
        #expect(t.finished)
        #expect(t.events.last == PlainDrillTranscript.drill("att/pick", true, seconds: 8, "To keep the softmax from saturating",
                                                            at: PlainDrillTranscript.started + 100))
    }

    @Test func multiAndTextShowTheRightAnswerWhenWrong() {
        var t = PlainDrillTranscript(plainDrillQuiz("""
        ## many
        kind: multi
        shuffle: false

        Which are projections of the input?

        - [x] Q
        - [x] K
        - [ ] softmax

        ## name
        kind: text
        accept: [layer norm, layernorm]

        What normalises each token's features?

        """), minutes: 5)
        #expect(t.start() == [
            "Drill: interview, 2 questions in 5 minutes. Type ? for help, q to stop.",
            "",
            "Question 1 of 2 — attention — multi — 5:00 left",
            "",
            "Which are projections of the input?",
            "",
            "1. Q",
            "2. K",
            "3. softmax",
            "Type the numbers of all that apply, separated by spaces.",
        ])
        #expect(t.type("3, 1") == ["", "Wrong.", "The right options are:", "1. Q", "2. K", "", "Press Enter for the next question."])
        #expect(t.type("", after: 50).first == "Question 2 of 2 — attention — text — 4:00 left")
        // A space before h makes it an answer, not the hint command.
        #expect(t.type(" h", after: 7).prefix(3) == ["", "Wrong.", "Not quite. The answer is: layer norm."])
        #expect(t.finished)
        #expect(t.events == [PlainDrillTranscript.drill("att/many", false, seconds: 10, "Q; softmax", at: PlainDrillTranscript.started + 10),
                             PlainDrillTranscript.drill("att/name", false, seconds: 7, " h", at: PlainDrillTranscript.started + 67)])
    }

    @Test func orderIsNeverShownInTheRightOrder() {
        // Position 0's seeded shuffle is the identity, which would give the answer away: the
        // steps are rotated instead.
        var t = PlainDrillTranscript(plainDrillQuiz("""
        ## forward
        kind: order

        Put the steps of attention in order.

        1. Scores
        2. Softmax
        3. Weighted sum

        """))
        #expect(Array(t.start().suffix(4)) == ["1. Softmax", "2. Weighted sum", "3. Scores",
                                               "Type the steps' numbers in the right order, separated by spaces."])
        #expect(t.type("3 1") == ["Type each of the 3 step numbers once, in the right order, like 3 2 1.",
                                  "Type the steps' numbers in the right order, separated by spaces."])
        let answer = t.type("3 1 2", after: 30)
        #expect(Array(answer.prefix(2)) == ["", "Right."])
        #expect(t.events == [PlainDrillTranscript.drill("att/forward", true, seconds: 40, "Scores → Softmax → Weighted sum",
                                                        at: PlainDrillTranscript.started + 40)])
    }

    @Test func clozeReadsOneGapPerLine() {
        var t = PlainDrillTranscript(plainDrillQuiz("""
        ## gaps
        kind: cloze

        The {{query}} is compared with each {{key|keys}}.

        """))
        #expect(Array(t.start().suffix(5)) == ["", "The [1] is compared with each [2].", "", "Fill the gaps one per line.", "Gap 1:"])
        #expect(t.type("query") == ["Gap 2:"])
        #expect(t.type("value") == ["", "Wrong.", "1 of 2 gaps right: gap 2 is “key”.", "", "Drill: interview",
                                    "Finished: 1 of 1 answered in 0:20.", "Score: 0 of 1 right (0%).",
                                    "Score by topic, weakest first:", "  attention: 0 of 1 right (0%)",
                                    "Time per item (slow after 1:30):", "  1. att/gaps: 0:20, wrong",
                                    "To review:", "  att/gaps (wrong): The ___ is compared with each ___."])
        #expect(t.events == [PlainDrillTranscript.drill("att/gaps", false, seconds: 20, "query | value", at: PlainDrillTranscript.started + 20)])
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
        var t = PlainDrillTranscript(plainDrillQuiz(Self.recall + Self.size))
        #expect(Array(t.start().suffix(5)) == ["Question 1 of 2 — attention — card — 0:00 elapsed", "",
                                               "Why is attention without positions permutation-equivariant?", "",
                                               "Press Enter to see the answer."])
        #expect(t.type("tokens are symmetric", after: 25) == [
            "", "Answer:", "Every token is treated alike, whatever its place.", "",
            "Explanation:", "That is why transformers add positional information.", "", "Did you know it? y/n",
        ])
        #expect(t.type("maybe", after: 30) == ["Type y if you knew it, or n if you did not.", "Did you know it? y/n"])
        #expect(t.events.isEmpty)
        #expect(t.type("Y", after: 5) == ["", "You recalled it.", "", "Press Enter for the next question."])
        // The time counted runs to the reveal, not to the y/n.
        #expect(t.events == [PlainDrillTranscript.drill("att/recall", true, seconds: 25, "tokens are symmetric",
                                                        at: PlainDrillTranscript.started + 60)])
        #expect(t.type("", after: 5).first == "Question 2 of 2 — attention — numeric — 1:05 elapsed")
    }

    @Test func cardNotKnownGoesOnTheListToReview() {
        var t = PlainDrillTranscript(plainDrillQuiz(Self.recall))
        _ = t.start()
        _ = t.type("")
        let end = t.type("no")
        #expect(Array(end.prefix(3)) == ["", "Missed: it goes on the list to review.", ""])
        #expect(end.contains("  1. att/recall: 0:10, wrong (self-graded)"))
        #expect(t.events == [PlainDrillTranscript.drill("att/recall", false, seconds: 10, "", at: PlainDrillTranscript.started + 20)])
    }
}
