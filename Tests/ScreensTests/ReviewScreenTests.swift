import Course
import DisplayWidth
import Foundation
import Practice
import Terminal
import Testing
@testable import Screens

/// A deck with one item of every kind, parsed from quiz text as the course loader would.
let reviewDeck: QuizDeck = {
    let text = """
    ---
    deck: attn
    title: Attention basics
    lessons: [tf-attention]
    ---

    ## scale-why
    kind: choice

    Why are attention scores divided by √d_k before the softmax?

    - [ ] To reduce memory
    - [x] To keep the variance of q·k near 1
    - [ ] To make each row sum to 1

    ### Hint
    Think about the variance of a sum of d_k products.

    ### Explanation
    With unit-variance components, q·k has variance d_k.

    ## scale-value
    kind: numeric
    answer: 0.125
    tolerance: 0.001

    What is 1/√64?

    ### Explanation
    √64 = 8, and 1/8 = 0.125.

    ## masks
    kind: multi
    shuffle: false

    Which masks can attention use?

    - [x] Causal
    - [ ] Dropout
    - [x] Padding

    ## norm-name
    kind: text
    accept: [layer norm, layer normalization]

    Which normalisation does a transformer block use?

    ## pipeline
    kind: order

    Put the steps of attention in order.

    1. Scores q·k
    2. Scale by 1/√d_k
    3. Softmax
    4. Weighted sum of v

    ## gaps
    kind: cloze

    Attention weights come from a {{softmax}} over {{scaled|scaled dot}} scores.

    ## explain
    kind: card

    Explain why attention is permutation-equivariant.

    ### Answer
    Each output mixes all values with weights that depend only on content, not position.
    """
    let (deck, diagnostics) = QuizParser.parse(text, source: "Quizzes/attn.md")
    precondition(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    guard let deck else { preconditionFailure("the review test deck did not parse") }
    return deck
}()

/// Drives a review screen with keys, as the app would, collecting what it asks to save.
struct ReviewHarness {
    var screen: ReviewScreen
    var actions: [ReviewScreen.Action] = []
    var now = 1_800_000_000  // 2027-01-15T08:00:00Z
    let width: Int
    let height: Int

    init(width: Int = 80, height: Int = 24, items: [String]? = nil, states: CardStates = CardStates(), config: PracticeConfig = .defaults) {
        var deck = reviewDeck
        if let items { deck.items = items.compactMap { deck.item(id: $0) } }
        screen = ReviewScreen(decks: [deck], states: states, config: config, now: now, deckFilter: nil)
        self.width = width
        self.height = height
        screen.resize(width: width, height: height)
    }

    mutating func press(_ keys: Key..., modifiers: Modifiers = []) {
        for key in keys { actions.append(screen.handle(key, modifiers, now: now)) }
    }

    mutating func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    /// Events saved so far, in order.
    var saved: [PracticeEvent] {
        actions.flatMap { if case .save(let events) = $0 { return events } else { return [] } }
    }

    func frame() -> Buffer {
        var buffer = Buffer(width: width, height: height)
        screen.view(into: &buffer, theme: Theme())
        return buffer
    }

    var text: String { frame().textDump() }

    /// The number shown before the row holding `option`, as the learner reads it.
    func number(of option: String) -> Int? {
        for line in text.split(separator: "\n") where line.contains(option) {
            let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
            return Int(digits)
        }
        return nil
    }
}

@Suite("Review screen")
struct ReviewScreenTests {
    static func review(_ id: String, rating: Int, correct: Bool?, answer: String, at: Int = 1_800_000_000) -> PracticeEvent {
        PracticeEvent(.review(card: "attn/\(id)", rating: rating, correct: correct, answer: answer), at: at)
    }

    @Test func choiceCardGolden() {
        Golden.check(ReviewHarness(width: 80, height: 24, items: ["scale-why"]).frame(), named: "review-choice-80x24")
        Golden.check(ReviewHarness(width: 40, height: 12, items: ["scale-why"]).frame(), named: "review-choice-40x12")
    }

    @Test func wrongNumericGolden() {
        for (width, height) in [(80, 24), (40, 12)] {
            var h = ReviewHarness(width: width, height: height, items: ["scale-value"])
            h.type("0.2")
            h.press(.enter)
            Golden.check(h.frame(), named: "review-numeric-wrong-\(width)x\(height)")
        }
    }

    @Test func choiceRightAnswerDefaultsToGood() throws {
        var h = ReviewHarness(items: ["scale-why"])
        let n = try #require(h.number(of: "To keep the variance"))
        h.type(String(n))
        #expect(h.text.contains("✓ Correct."))
        #expect(h.text.contains("With unit-variance components"), "the explanation shows")
        h.press(.enter)
        #expect(h.saved == [Self.review("scale-why", rating: 3, correct: true, answer: "To keep the variance of q·k near 1")])
    }

    @Test func choiceByArrowsAndWrongAnswerFixesAgain() throws {
        var h = ReviewHarness(items: ["scale-why"])
        let n = try #require(h.number(of: "To reduce memory"))
        for _ in 1..<n { h.press(.down) }
        h.press(.enter)
        #expect(h.text.contains("✗ Not quite. The answer is: To keep the variance"))
        h.press(.char("3"))
        #expect(h.saved.isEmpty, "a wrong answer cannot be rated Good")
        #expect(h.text.contains("rated Again"))
        h.press(.enter)
        #expect(h.saved == [Self.review("scale-why", rating: 1, correct: false, answer: "To reduce memory")])
    }

    @Test func hintShowsOnH() {
        var h = ReviewHarness(items: ["scale-why"])
        #expect(!h.text.contains("variance of a sum"))
        h.press(.char("h"))
        #expect(h.text.contains("Think about the variance of a sum of d_k products."))
    }

    @Test func multiTogglesWithSpaceAndRatesEasy() {
        var h = ReviewHarness(items: ["masks"])
        // shuffle: false keeps file order: Causal, Dropout, Padding.
        #expect(h.number(of: "Causal") == 1 && h.number(of: "Padding") == 3)
        h.press(.char(" "), .down, .down, .char(" "))
        #expect(h.text.contains("[x] 3. Padding"))
        h.press(.enter)
        #expect(h.text.contains("✓ Correct."))
        h.press(.char("4"))
        #expect(h.saved == [Self.review("masks", rating: 4, correct: true, answer: "Causal; Padding")])
    }

    @Test func numericWrongIsAgainWithTheRightAnswer() {
        var h = ReviewHarness(items: ["scale-value"])
        h.type("0.2")
        h.press(.enter)
        #expect(h.text.contains("the answer is 0.125"))
        #expect(h.text.contains("√64 = 8, and 1/8 = 0.125."))
        h.press(.enter)
        #expect(h.saved == [Self.review("scale-value", rating: 1, correct: false, answer: "0.2")])
    }

    @Test func unreadableNumberAsksAgain() {
        var h = ReviewHarness(items: ["scale-value"])
        h.type("abc")
        h.press(.enter)
        #expect(h.text.contains("Cannot read “abc” as a number"))
        #expect(h.saved.isEmpty)
        for _ in 0..<3 { h.press(.backspace) }
        h.type("1/8")
        h.press(.enter, .enter)
        #expect(h.saved == [Self.review("scale-value", rating: 3, correct: true, answer: "1/8")])
    }

    @Test func textEditorKeysAndPaste() {
        var h = ReviewHarness(items: ["norm-name"])
        h.type("lyer")
        h.press(.left, .left, .left)
        h.type("a")            // l|yer → la|yer
        h.press(.end)
        h.screen.paste(" no\nrm")  // a pasted line end becomes a space
        h.press(.backspace, .backspace, .backspace)  // "layer no rm" → "layer no"
        h.type("rm")
        h.press(.home)
        h.type("q")            // letters type while the field has the keyboard
        h.press(.home, .delete)
        h.press(.enter)
        #expect(h.text.contains("✓ Correct."))
        h.press(.char("2"))
        #expect(h.saved == [Self.review("norm-name", rating: 2, correct: true, answer: "layer norm")])
    }

    @Test func orderMovesStepsWithShiftArrowsAndJK() throws {
        var h = ReviewHarness(items: ["pipeline"])
        let steps = ["Scores q·k", "Scale by 1/√d_k", "Softmax", "Weighted sum of v"]
        var cursor = 0
        // Put each step in its place, moving it up as a learner would.
        for (target, step) in steps.enumerated() {
            let place = try #require(h.number(of: step)) - 1
            while cursor < place { h.press(.down); cursor += 1 }
            while cursor > place { h.press(.up); cursor -= 1 }
            while cursor > target {
                if cursor % 2 == 0 { h.press(.up, modifiers: .shift) } else { h.press(.char("K")) }
                cursor -= 1
            }
        }
        #expect(steps.enumerated().allSatisfy { h.number(of: $0.element) == $0.offset + 1 })
        // J then K on the first step moves it down and back up again.
        h.press(.up, .up, .up, .char("J"), .char("K"))
        h.press(.enter)
        #expect(h.text.contains("✓ Correct."))
        h.press(.enter)
        #expect(h.saved == [Self.review("pipeline", rating: 3, correct: true, answer: steps.joined(separator: " → "))])
    }

    @Test func clozeTabsBetweenGaps() {
        var h = ReviewHarness(items: ["gaps"])
        #expect(h.text.contains("Attention weights come from a [1] over [2] scores."))
        h.type("softmx")
        h.press(.tab)
        h.type("scaled dot")
        h.press(.enter)
        #expect(h.text.contains("✗ 1 of 2 gaps right"))
        #expect(h.text.contains("softmx ✗ → softmax"))
        h.press(.enter)
        #expect(h.saved == [Self.review("gaps", rating: 1, correct: false, answer: "softmx | scaled dot")])
    }

    @Test func cardRevealsTheAnswerThenSelfGrades() {
        var h = ReviewHarness(items: ["explain"])
        #expect(!h.text.contains("depend only on content"))
        h.press(.char(" "))
        #expect(h.text.contains("depend only on content"))
        h.press(.char("1"))
        #expect(h.saved == [Self.review("explain", rating: 1, correct: nil, answer: "")])
    }

    @Test func ratingRowShowsTheNextIntervals() {
        var h = ReviewHarness(items: ["explain"])
        h.press(.enter)
        // A new card: Again 1 m, Hard (1 m + 10 m) / 2 = 5.5 m, Good 10 m (SPEC §5 steps);
        // Easy graduates to 8 days, fuzzed to 6–11 days.
        let row = h.text.split(separator: "\n", omittingEmptySubsequences: false)[22]
        #expect(row.contains("1 Again 1m"))
        #expect(row.contains("2 Hard 6m"))
        #expect(row.contains("3 Good 10m"))
        #expect(row.contains(try! Regex("4 Easy (6|7|8|9|10|11)d")))
        var quiet = PracticeConfig()
        quiet.showIntervals = false
        var plain = ReviewHarness(items: ["explain"], config: quiet)
        plain.press(.enter)
        #expect(!plain.text.contains("10m"))
        #expect(plain.text.contains("3 Good"))
    }

    @Test func undoRestoresTheCardAndSavesTheUndo() {
        var h = ReviewHarness(items: ["explain", "masks"])
        h.press(.char(" "))
        h.press(.char("3"))
        #expect(h.text.contains("Which masks"))
        #expect(h.screen.states["attn/explain"] != nil)
        h.now += 30
        h.press(.char("u"))
        #expect(h.saved.last == PracticeEvent(.reviewUndone(card: "attn/explain", reviewedAt: 1_800_000_000), at: 1_800_000_030))
        #expect(h.screen.states["attn/explain"] == nil, "the card is new again")
        #expect(h.text.contains("permutation-equivariant"), "back on the undone card, at its rating")
        h.press(.char("4"))
        #expect(h.saved.count == 3)
        #expect(h.saved.last == Self.review("explain", rating: 4, correct: nil, answer: "", at: 1_800_000_030))
        #expect(h.screen.saved == h.saved)
    }

    @Test func learningCardsComeBackInTheSameSession() {
        var h = ReviewHarness(items: ["explain"])
        h.press(.char(" "), .char("1"))
        // Again: due in a minute, within the session's 20-minute learn-ahead, so shown again.
        #expect(h.text.contains("permutation-equivariant"))
        h.now += 60
        h.press(.char(" "), .char("3"))
        // Good at the first step: the 10-minute step, still within the learn-ahead.
        #expect(h.text.contains("permutation-equivariant"))
        h.now += 600
        h.press(.char(" "), .char("3"))
        // Good at the last step graduates the card to days: the session ends.
        #expect(h.text.contains("Done: 3 cards reviewed."))
        #expect(h.text.contains("Nothing due."))
        #expect(h.text.contains(try! Regex("The next card is due in [0-9]+d, at 2027-01-")))
        #expect(h.saved.map(\.at) == [1_800_000_000, 1_800_000_060, 1_800_000_660])
    }

    @Test func emptyQueueSaysWhenTheNextCardIsDue() {
        let states = CardStates(events: [PracticeEvent(.review(card: "attn/explain", rating: 3, correct: nil, answer: ""), at: 1_800_000_000 - 300)])
        let h = ReviewHarness(items: ["explain"], states: states)
        #expect(h.text.contains("Nothing due."))
        #expect(h.text.contains("The next card is due in 5m, at 2027-01-15 08:05 UTC."))
    }

    @Test func escapeAndQGoBack() {
        var typing = ReviewHarness(items: ["norm-name"])
        typing.press(.char("q"))
        #expect(typing.actions.last == ReviewScreen.Action.none, "q types in a text answer")
        #expect(typing.screen.isTyping)
        typing.press(.escape)
        #expect(typing.actions.last == .back)
        var choice = ReviewHarness(items: ["scale-why"])
        choice.press(.char("q"))
        #expect(choice.actions.last == .back)
    }

    @Test func narrowScreensNeverOverflow() {
        for (width, height) in [(30, 8), (40, 12), (57, 15), (80, 24)] {
            for item in reviewDeck.items.map(\.id) {
                var h = ReviewHarness(width: width, height: height, items: [item])
                h.press(.char(" "), .enter)
                for line in h.text.split(separator: "\n") {
                    #expect(DisplayWidth.of(line) <= width, "\(item) at \(width)×\(height): \(line)")
                }
            }
        }
    }
}
