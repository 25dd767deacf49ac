import Course
import Foundation
import Practice
import Terminal
import Testing
@testable import Screens

/// Interview questions of every kind, parsed from quiz text as the course loader would.
let drillDeck: QuizDeck = {
    let text = """
    ---
    deck: attn
    title: Attention basics
    lessons: [tf-attention]
    ---

    ## scale-why
    kind: choice
    tags: [interview, attention]

    Why are attention scores divided by √d_k before the softmax?

    - [ ] To reduce memory
    - [x] To keep the variance of q·k near 1
    - [ ] To make each row sum to 1

    ### Explanation
    With unit-variance components, q·k has variance d_k.

    ## scale-value
    kind: numeric
    tags: [interview, arithmetic]
    answer: 0.125
    tolerance: 0.001

    What is 1/√64?

    ### Explanation
    √64 = 8, and 1/8 = 0.125.

    ## masks
    kind: multi
    tags: [interview, attention]
    shuffle: false

    Which masks can attention use?

    - [x] Causal
    - [ ] Dropout
    - [x] Padding

    ## norm-name
    kind: text
    tags: [interview, normalisation]
    accept: [layer norm, layer normalization]

    Which normalisation does a transformer block use?

    ## pipeline
    kind: order
    tags: [interview, attention]

    Put the steps of attention in order.

    1. Scores q·k
    2. Scale by 1/√d_k
    3. Softmax
    4. Weighted sum of v

    ## gaps
    kind: cloze
    tags: [interview, softmax]

    Attention weights come from a {{softmax}} over {{scaled|scaled dot}} scores.

    ## explain
    kind: card
    tags: [interview, attention]

    Explain why attention is permutation-equivariant.

    ### Answer
    Each output mixes all values with weights that depend only on content, not position.
    """
    let (deck, diagnostics) = QuizParser.parse(text, source: "Quizzes/attn.md")
    precondition(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    guard let deck else { preconditionFailure("the drill test deck did not parse") }
    return deck
}()

/// Drives a drill screen with keys and ticks, as the app would, collecting its actions.
struct DrillHarness {
    var screen: DrillScreen
    var actions: [DrillScreen.Action] = []
    static let start = 1_800_000_000  // 2027-01-15T08:00:00Z
    var now = start
    let width: Int
    let height: Int

    /// A drill of these items in this order, each scored under its non-interview tag.
    init(items: [String], minutes: Int? = 10, width: Int = 80, height: Int = 24) {
        let entries = items.compactMap { drillDeck.item(id: $0) }.map { item in
            DrillPlan.Entry(item: item, topics: item.tags.filter { $0 != "interview" }, weakness: 1)
        }
        let plan = DrillPlan(entries: entries, topic: "interview", available: entries.count, seed: 5)
        self.init(plan: plan, minutes: minutes, width: width, height: height)
    }

    init(plan: DrillPlan, minutes: Int?, width: Int = 80, height: Int = 24) {
        screen = DrillScreen(plan: plan, decks: [drillDeck], startedAt: Self.start, minutes: minutes)
        self.width = width
        self.height = height
        screen.resize(width: width, height: height)
    }

    /// Lets time pass with no message (the next key brings the time).
    mutating func wait(_ seconds: Int) { now += seconds }

    /// Lets time pass and delivers the runtime's tick.
    mutating func tick(_ seconds: Int) {
        now += seconds
        actions.append(screen.tick(now: now))
    }

    mutating func press(_ keys: Key..., modifiers: Modifiers = []) {
        for key in keys { actions.append(screen.handle(key, modifiers, now: now)) }
    }

    mutating func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    struct Answer: Equatable {
        var card: String
        var correct: Bool
        var seconds: Int
        var answer: String
    }

    var answered: [Answer] {
        actions.compactMap {
            if case .answered(let card, let correct, let seconds, let answer) = $0 {
                return Answer(card: card, correct: correct, seconds: seconds, answer: answer)
            }
            return nil
        }
    }

    var finished: [DrillReport] {
        actions.compactMap { if case .finished(let report) = $0 { return report } else { return nil } }
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
            return Int(line.drop { !$0.isNumber }.prefix { $0.isNumber })
        }
        return nil
    }

    /// Puts an order item's steps in this order, moving each up with K as a learner would.
    mutating func arrange(_ steps: [String]) throws {
        var cursor = 0
        for (target, step) in steps.enumerated() {
            let place = try #require(number(of: step)) - 1
            while cursor < place { press(.down); cursor += 1 }
            while cursor > place { press(.up); cursor -= 1 }
            while cursor > target { press(.char("K")); cursor -= 1 }
        }
    }
}

@Suite("Drill screen")
struct DrillScreenTests {
    @Test func questionWithTheClockGolden() {
        for (width, height) in [(80, 24), (40, 12)] {
            var h = DrillHarness(items: ["scale-why", "scale-value"], width: width, height: height)
            h.tick(75)
            Golden.check(h.frame(), named: "drill-question-\(width)x\(height)")
        }
        var wide = DrillHarness(items: ["scale-why", "scale-value"])
        wide.tick(75)
        #expect(wide.text.split(separator: "\n").first?.hasSuffix("1/2 · 1:15 · 8:45 left") == true)
        var narrow = DrillHarness(items: ["scale-why", "scale-value"], width: 40, height: 12)
        narrow.tick(75)
        #expect(narrow.text.split(separator: "\n").first?.hasSuffix("1/2 · 8:45 left") == true)
    }

    @Test func withoutALimitTheClockCountsUp() {
        var h = DrillHarness(items: ["scale-why"], minutes: nil)
        h.tick(3_725)
        #expect(h.text.split(separator: "\n").first?.hasSuffix("1/1 · 1:02:05") == true)
        #expect(h.actions == [.none], "no limit, no time-out")
    }

    @Test func theLastMinuteTurnsTheClockYellow() {
        var h = DrillHarness(items: ["scale-why"], minutes: 2)
        h.tick(55)
        let calm = h.frame()
        #expect(h.text.split(separator: "\n").first?.hasSuffix("1:05 left") == true)
        #expect(calm[78, 0].style.fg == .ansi(15))
        h.tick(35)
        let late = h.frame()
        #expect(h.text.split(separator: "\n").first?.hasSuffix("0:30 left") == true)
        #expect(late[78, 0].style.fg == .ansi(11))
    }

    @Test func everyKindCanBeAnsweredRight() throws {
        var h = DrillHarness(items: ["scale-why", "scale-value", "masks", "norm-name", "pipeline", "gaps", "explain"])
        h.type(String(try #require(h.number(of: "To keep the variance"))))
        h.press(.enter)
        h.type("0.125")
        h.press(.enter, .enter)
        h.press(.char("1"), .char("3"), .enter, .enter)
        h.type("layer norm")
        h.press(.enter, .enter)
        try h.arrange(["Scores q·k", "Scale by 1/√d_k", "Softmax", "Weighted sum of v"])
        h.press(.enter, .enter)
        h.type("softmax")
        h.press(.enter)
        h.type("scaled")
        h.press(.enter)
        #expect(h.text.contains("✓ Correct."))
        h.press(.enter)
        h.press(.char(" "))
        #expect(h.text.contains("Each output mixes all values"), "the model answer shows")
        h.press(.char("y"))
        #expect(h.text.contains("✓ You recalled it."))
        h.press(.enter)
        #expect(h.answered.map(\.card) == ["attn/scale-why", "attn/scale-value", "attn/masks", "attn/norm-name",
                                           "attn/pipeline", "attn/gaps", "attn/explain"])
        #expect(h.answered.map(\.correct) == Array(repeating: true, count: 7))
        #expect(h.answered.map(\.answer) == ["To keep the variance of q·k near 1", "0.125", "Causal; Padding", "layer norm",
                                             "Scores q·k → Scale by 1/√d_k → Softmax → Weighted sum of v", "softmax | scaled", ""])
        let report = try #require(h.finished.first)
        #expect(h.finished.count == 1 && report.correct == 7 && report.answered == 7)
        #expect(h.text.contains("Finished: 7 of 7 answered"))
    }

    @Test func aWrongAnswerShowsTheRightOneAndTheExplanation() {
        var h = DrillHarness(items: ["scale-value", "scale-why"])
        h.wait(12)
        h.type("0.2")
        h.press(.enter)
        #expect(h.text.contains("✗ Not quite"))
        #expect(h.text.contains("√64 = 8, and 1/8 = 0.125."))
        #expect(h.answered == [.init(card: "attn/scale-value", correct: false, seconds: 12, answer: "0.2")])
        h.press(.char("x"))
        #expect(h.text.contains("What is 1/√64?"), "only Enter or Space leaves the verdict")
        h.press(.enter)
        #expect(h.text.contains("Why are attention scores divided"))
    }

    @Test func anUnreadableAnswerAsksAgain() {
        var h = DrillHarness(items: ["scale-value"])
        h.press(.enter)
        #expect(h.answered.isEmpty)
        h.type("0.125")
        h.press(.enter)
        #expect(h.answered.map(\.correct) == [true])
    }

    /// Time runs from the item appearing to the check; reading the verdict is not counted.
    @Test func secondsLeaveOutTheFeedback() {
        var h = DrillHarness(items: ["scale-value", "norm-name", "explain"])
        h.wait(30)
        h.type("0.125")
        h.press(.enter)
        h.wait(10)
        h.press(.enter)
        h.wait(20)
        h.type("layer norm")
        h.press(.enter)
        h.wait(45)
        h.press(.enter)
        h.wait(40)
        h.press(.char(" "))
        h.wait(15)
        h.press(.char("n"))
        #expect(h.answered.map(\.seconds) == [30, 20, 40])
        #expect(h.answered.last == .init(card: "attn/explain", correct: false, seconds: 40, answer: ""))
        h.press(.enter)
        #expect(h.finished.first?.toReview.map(\.cardID) == ["attn/explain"])
    }

    @Test func theTimeLimitEndsTheDrill() throws {
        var h = DrillHarness(items: ["scale-value", "scale-why", "masks"], minutes: 1)
        h.wait(20)
        h.type("0.125")
        h.press(.enter, .enter)
        h.tick(39)
        #expect(h.finished.isEmpty && h.text.contains("0:01 left"))
        h.tick(1)
        let report = try #require(h.finished.first)
        #expect(report.timedOut && report.answered == 1 && report.notReached == 2 && report.elapsedSeconds == 60)
        #expect(h.text.contains("Time's up: 1 of 3 answered in 1:00."))
        h.press(.char("1"))
        #expect(h.answered.count == 1, "the drill is over: keys no longer answer")
        h.tick(1)
        #expect(h.finished.count == 1, "it ends once")
    }

    @Test func aKeyAfterTheLimitEndsTheDrillInsteadOfAnswering() {
        var h = DrillHarness(items: ["scale-why"], minutes: 1)
        h.wait(61)
        h.press(.char("1"))
        #expect(h.answered.isEmpty)
        #expect(h.finished.first?.timedOut == true)
    }

    @Test func qEndsTheDrillAndThenLeaves() {
        var h = DrillHarness(items: ["scale-why", "scale-value"])
        h.wait(5)
        h.press(.char("q"))
        #expect(h.finished.first?.notReached == 2)
        #expect(h.text.contains("Stopped: 0 of 2 answered in 0:05 (limit 10:00)."))
        h.press(.char("q"))
        #expect(h.actions.last == .back)
    }

    @Test func escEndsTheDrillWhileTyping() {
        var h = DrillHarness(items: ["norm-name"])
        h.type("q")
        #expect(h.finished.isEmpty, "q types while the answer field has the keyboard")
        h.press(.escape)
        #expect(h.finished.count == 1)
    }

    @Test func pasteGoesIntoTheAnswer() {
        var h = DrillHarness(items: ["norm-name"])
        h.screen.paste("layer\nnorm")
        h.press(.enter)
        #expect(h.answered.map(\.answer) == ["layer norm"])
    }

    @Test func anEmptyPlanSaysWhy() {
        let plan = DrillPlan(entries: [], topic: "rope", available: 0, seed: 1, problem: "No quiz item is tagged “rope”.")
        var h = DrillHarness(plan: plan, minutes: 5)
        #expect(h.text.contains("No quiz item is tagged “rope”."))
        h.tick(400)
        #expect(h.finished.isEmpty, "nothing to time")
        h.press(.char("q"))
        #expect(h.actions.last == .back)
    }
}
