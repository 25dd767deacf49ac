import Course
import Testing
@testable import Practice

/// Choice, multi, order and card items, and responses that do not fit their item.
@Suite struct GraderKindsTests {
    static func options(_ marks: [Bool]) -> [QuizOption] {
        marks.enumerated().map { QuizOption(text: ["a", "b", "c", "d"][$0.offset], isCorrect: $0.element, line: 10 + $0.offset) }
    }

    static let choice = QuizItem(id: "c", deck: "d", answer: .choice(options([false, true, false])), prompt: QuizText("Pick.", firstLine: 3))
    static let multi = QuizItem(id: "m", deck: "d", answer: .multi(options([true, true, false])), prompt: QuizText("Pick.", firstLine: 3))
    static let order = QuizItem(id: "o", deck: "d", answer: .order(["w", "x", "y", "z"].enumerated().map {
        OrderStep(text: $0.element, line: 10 + $0.offset)
    }), prompt: QuizText("Order.", firstLine: 3))
    static let card = QuizItem(id: "k", deck: "d", answer: .card(QuizText("Model answer.", firstLine: 9)),
                               prompt: QuizText("Explain.", firstLine: 3))

    static let rows: [(item: String, response: Response, verdict: GradeResult.Verdict)] = [
        ("choice", .choice(1), .correct),
        ("choice", .choice(0), .incorrect),
        ("choice", .choice(2), .incorrect),
        ("choice", .choice(3), .unreadable),
        ("choice", .choice(-1), .unreadable),
        ("multi", .multi([0, 1]), .correct),
        ("multi", .multi([0]), .incorrect),
        ("multi", .multi([0, 1, 2]), .incorrect),
        ("multi", .multi([]), .unreadable),
        ("order", .order([0, 1, 2, 3]), .correct),
        ("order", .order([1, 0, 2, 3]), .incorrect),
        ("order", .order([3, 2, 1, 0]), .incorrect),
        ("order", .order([0, 0, 1, 2]), .unreadable),
        ("order", .order([0, 1, 2]), .unreadable),
        ("card", .revealed, .selfGraded),
        ("choice", .text("b"), .unreadable),
        ("card", .text("my answer"), .unreadable),
    ]

    static func item(_ name: String) -> QuizItem {
        ["choice": choice, "multi": multi, "order": order, "card": card][name] ?? card
    }

    @Test(arguments: rows)
    func grades(_ row: (item: String, response: Response, verdict: GradeResult.Verdict)) {
        let result = Grader.grade(item: Self.item(row.item), response: row.response)
        #expect(result.verdict == row.verdict, "\(result.feedback)")
    }

    @Test func wrongChoiceShowsTheRightOption() {
        let result = Grader.grade(item: Self.choice, response: .choice(0))
        #expect(result.feedback == "Not quite. The answer is: b")
        #expect(result.detail == .options([
            OptionMark(index: 0, chosen: true, isCorrect: false),
            OptionMark(index: 1, chosen: false, isCorrect: true),
            OptionMark(index: 2, chosen: false, isCorrect: false),
        ]))
    }

    @Test func multiNamesMissedAndWrongOptions() {
        let result = Grader.grade(item: Self.multi, response: .multi([0, 2]))
        #expect(result.feedback == "Not quite. Also right: b. Not right: c.")
        #expect(result.detail == .options([
            OptionMark(index: 0, chosen: true, isCorrect: true),
            OptionMark(index: 1, chosen: false, isCorrect: true),
            OptionMark(index: 2, chosen: true, isCorrect: false),
        ]))
    }

    @Test func orderCountsStepsInTheRightPlace() {
        let result = Grader.grade(item: Self.order, response: .order([1, 0, 2, 3]))
        #expect(result.detail == .order(OrderComparison(given: [1, 0, 2, 3], inPlace: [false, false, true, true])))
        #expect(result.feedback == "2 of 4 steps in the right place. The right order: 1. w  2. x  3. y  4. z")
    }

    @Test func cardsAreLeftToTheLearner() {
        let result = Grader.grade(item: Self.card, response: .revealed)
        #expect(result.verdict == .selfGraded)
        #expect(result.isCorrect == false)
        #expect(result.detail == .card)
    }
}
