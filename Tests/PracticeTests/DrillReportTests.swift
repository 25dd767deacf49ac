import Course
import Testing
@testable import Practice

@Suite("Drill report")
struct DrillReportTests {
    /// Five items, drilled in this order, with a 5-minute limit: a pace of 300 / 5 = 60 s.
    static let plan = DrillPlan(entries: [
        DrillPlan.Entry(item: drillItem("a", tags: ["attention"], prompt: "What does *attention* compute?"), topics: ["attention"], weakness: 1),
        DrillPlan.Entry(item: drillItem("b", prompt: "What is **1/√64**?"), topics: ["attention", "softmax"], weakness: 1),
        DrillPlan.Entry(item: drillItem("c", prompt: "Explain the softmax."), topics: ["softmax"], weakness: 1),
        DrillPlan.Entry(item: drillItem("e", prompt: "Not reached."), topics: ["d"], weakness: 1),
        DrillPlan.Entry(item: drillItem("f", prompt: "Softmax of equal scores?"), topics: ["softmax"], weakness: 1),
    ], topic: "interview", available: 5, seed: 1)

    static let results = [
        DrillResult(cardID: "d/a", correct: true, seconds: 30, answer: "weights"),
        DrillResult(cardID: "d/b", correct: false, seconds: 50, answer: "0.2"),
        DrillResult(cardID: "d/c", correct: true, selfGraded: true, seconds: 100),
        DrillResult(cardID: "d/f", correct: true, seconds: 20, answer: "uniform"),
        DrillResult(cardID: "d/b", correct: true, seconds: 5, answer: "second try, ignored"),
        DrillResult(cardID: "x/unplanned", correct: false, seconds: 9),
    ]

    @Test func numbersByHand() {
        let report = DrillReport.make(plan: Self.plan, results: Self.results, elapsedSeconds: 260, limitSeconds: 300)
        #expect(report.planned == 5 && report.answered == 4 && report.correct == 3 && report.notReached == 1)
        #expect(report.paceSeconds == 60)
        #expect(report.answeringSeconds == 200)  // 30 + 50 + 100 + 20
        #expect(report.elapsedSeconds == 260 && !report.timedOut)
        // attention: a right, b wrong → 1/2; softmax: b wrong, c right, f right → 2/3; d: not reached.
        #expect(report.topics == [DrillReport.TopicScore(topic: "attention", correct: 1, answered: 2),
                                  DrillReport.TopicScore(topic: "softmax", correct: 2, answered: 3)])
        #expect(report.items.map(\.seconds) == [30, 50, 100, nil, 20])
        #expect(report.items.map(\.outcome) == [.right, .wrong, .right, .notReached, .right])
        // b is wrong; c took 100 s against a pace of 60.
        #expect(report.toReview.map(\.cardID) == ["d/b", "d/c"])
        #expect(report.items[1].title == "What is 1/√64?", "Markdown marks are gone from titles")
    }

    @Test func plainTextByHand() {
        let report = DrillReport.make(plan: Self.plan, results: Self.results, elapsedSeconds: 260, limitSeconds: 300)
        #expect(report.plainText() == [
            "Drill: interview",
            "Stopped: 4 of 5 answered in 4:20 (limit 5:00).",
            "Score: 3 of 4 right (75%).",
            "Score by topic, weakest first:",
            "  attention: 1 of 2 right (50%)",
            "  softmax: 2 of 3 right (67%)",
            "Time per item (slow after 1:00):",
            "  1. d/a: 0:30, right",
            "  2. d/b: 0:50, wrong",
            "  3. d/c: 1:40, right, slow (self-graded)",
            "  4. d/e: not reached",
            "  5. d/f: 0:20, right",
            "To review:",
            "  d/b (wrong): What is 1/√64?",
            "  d/c (slow, 1:40): Explain the softmax.",
        ])
    }

    @Test func timeUpCapsTheTotalAtTheLimit() {
        let report = DrillReport.make(plan: Self.plan, results: Array(Self.results.prefix(2)), elapsedSeconds: 303,
                                      limitSeconds: 300, timedOut: true)
        #expect(report.elapsedSeconds == 300)
        #expect(report.summary == "Time's up: 2 of 5 answered in 5:00.")
        #expect(report.notReached == 3)
    }

    @Test func withoutALimitThePaceIsNinetySeconds() {
        let results = Self.plan.entries.map { DrillResult(cardID: $0.item.cardID, correct: true, seconds: 90) }
        let report = DrillReport.make(plan: Self.plan, results: results, elapsedSeconds: 500)
        #expect(report.paceSeconds == 90)
        #expect(report.toReview.isEmpty, "90 s is on pace, not slow")
        #expect(report.summary == "Finished: 5 of 5 answered in 8:20.")
        #expect(report.plainText().last == "Nothing to review: every answer was right and in time.")
        #expect(report.topics.map(\.topic) == ["attention", "d", "softmax"], "equal scores sort by name")
    }

    @Test func nothingAnswered() {
        let report = DrillReport.make(plan: Self.plan, results: [], elapsedSeconds: 3)
        #expect(report.scoreLine == "Score: nothing answered.")
        #expect(report.topics.isEmpty)
        #expect(report.plainText().last == "Nothing answered, so nothing to review.")
    }

    @Test func clockAndTitles() {
        #expect(DrillReport.clock(0) == "0:00")
        #expect(DrillReport.clock(59) == "0:59")
        #expect(DrillReport.clock(61) == "1:01")
        #expect(DrillReport.clock(3723) == "1:02:03")
        let cloze = QuizItem(id: "g", deck: "d", answer: .cloze([]), prompt: QuizText("Weights come from a {{softmax}}.\n\nMore.", firstLine: 3))
        #expect(DrillReport.title(of: cloze) == "Weights come from a ___.")
        #expect(DrillReport.title(of: drillItem("h", prompt: "Evil \u{1B}[31mred")) == "Evil ␛[31mred", "escape sequences are shown, not run")
    }
}
