import Course
import Testing
@testable import Practice

/// Numeric answers: how typed numbers are read and compared. Expected values are worked out
/// by hand in the row comments.
@Suite struct GraderNumericTests {
    static func item(_ answer: NumericAnswer) -> QuizItem {
        QuizItem(id: "n", deck: "d", answer: .numeric(answer), prompt: QuizText("How much?", firstLine: 3))
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var answer: NumericAnswer
        var typed: String
        var verdict: GradeResult.Verdict
        var testDescription: String { "\(answer.written)\(answer.unit.map { " " + $0 } ?? "") ← “\(typed)”" }
    }

    static let eighth = NumericAnswer(value: 0.125, written: "0.125")
    static let eighthWithin = NumericAnswer(value: 0.125, tolerance: .absolute(0.001), written: "0.125")
    static let thousand = NumericAnswer(value: 1000, written: "1000")
    static let minusTwo = NumericAnswer(value: -2, written: "-2")
    static let gigabytes = NumericAnswer(value: 16, tolerance: .relative(0.05), unit: "GB", written: "16")
    static let percent = NumericAnswer(value: 12.5, isPercent: true, written: "12.5%")
    static let percentWithin = NumericAnswer(value: 12.5, isPercent: true, tolerance: .absolute(0.5), written: "12.5%")
    static let milli = NumericAnswer(value: 0.001, tolerance: .relative(0.01), written: "1e-3")
    static let zero = NumericAnswer(value: 0, written: "0")
    static let plain = NumericAnswer(value: 4096, written: "4096")

    static let rows: [Row] = [
        Row(answer: eighth, typed: "0.125", verdict: .correct),
        Row(answer: eighth, typed: ".125", verdict: .correct),
        Row(answer: eighth, typed: "1/8", verdict: .correct),
        Row(answer: eighth, typed: "12.5%", verdict: .correct),             // 12.5/100 = 0.125
        Row(answer: eighth, typed: "12.5", verdict: .incorrect),            // a bare 12.5 is 12.5
        Row(answer: eighth, typed: "0.1250000000001", verdict: .correct),   // 1e-13 away: float noise
        Row(answer: eighth, typed: "0.1251", verdict: .incorrect),          // no tolerance given
        Row(answer: eighthWithin, typed: "0.126", verdict: .correct),       // exactly 0.001 away: boundary counts
        Row(answer: eighthWithin, typed: "0.124", verdict: .correct),
        Row(answer: eighthWithin, typed: "0.1261", verdict: .incorrect),    // 0.0011 away
        Row(answer: thousand, typed: "1,000", verdict: .correct),
        Row(answer: thousand, typed: "1e3", verdict: .correct),
        Row(answer: thousand, typed: "1000.0", verdict: .correct),
        Row(answer: thousand, typed: "1,0000", verdict: .unreadable),
        Row(answer: thousand, typed: "1,5", verdict: .unreadable),
        Row(answer: minusTwo, typed: "−2", verdict: .correct),              // U+2212 minus sign
        Row(answer: minusTwo, typed: "-2", verdict: .correct),
        Row(answer: minusTwo, typed: "+2", verdict: .incorrect),
        Row(answer: gigabytes, typed: "16 GB", verdict: .correct),
        Row(answer: gigabytes, typed: "16GB", verdict: .correct),
        Row(answer: gigabytes, typed: "16 gb", verdict: .correct),
        Row(answer: gigabytes, typed: "16", verdict: .correct),             // the unit may be left out
        Row(answer: gigabytes, typed: "16 MB", verdict: .incorrect),        // a wrong unit is wrong
        Row(answer: gigabytes, typed: "16.8 GB", verdict: .correct),        // 5% of 16 = 0.8: boundary
        Row(answer: gigabytes, typed: "15.2", verdict: .correct),
        Row(answer: gigabytes, typed: "16.9", verdict: .incorrect),
        Row(answer: percent, typed: "12.5%", verdict: .correct),
        Row(answer: percent, typed: "12.5", verdict: .correct),             // bare, in percent points
        Row(answer: percent, typed: "0.125", verdict: .correct),            // bare, as a fraction: 0.125·100
        Row(answer: percent, typed: "13%", verdict: .incorrect),
        Row(answer: percent, typed: "0.13", verdict: .incorrect),           // neither 0.13 nor 13 points
        Row(answer: percentWithin, typed: "13%", verdict: .correct),        // 0.5 points away
        Row(answer: percentWithin, typed: "13.1%", verdict: .incorrect),
        Row(answer: milli, typed: "1e-3", verdict: .correct),
        Row(answer: milli, typed: "0.00101", verdict: .correct),            // 1% of 0.001 = 1e-5: boundary
        Row(answer: milli, typed: "0.00102", verdict: .incorrect),
        Row(answer: zero, typed: "0", verdict: .correct),
        Row(answer: zero, typed: "-0", verdict: .correct),
        Row(answer: zero, typed: "0.0000001", verdict: .incorrect),
        Row(answer: plain, typed: "4096 dims", verdict: .unreadable),       // no unit expected: ask again
        Row(answer: plain, typed: "", verdict: .unreadable),
        Row(answer: plain, typed: "four thousand", verdict: .unreadable),
    ]

    @Test(arguments: rows)
    func grades(_ row: Row) {
        let result = Grader.grade(item: Self.item(row.answer), response: .numeric(row.typed))
        #expect(result.verdict == row.verdict, "\(result.feedback)")
    }

    @Test func feedbackSaysHowFarOffTheAnswerWas() throws {
        let result = Grader.grade(item: Self.item(Self.eighth), response: .numeric("0.13"))
        #expect(result.feedback == "Not quite: the answer is 0.125; 0.13 is off by 0.005, 4%.")
        guard case .numeric(let comparison) = result.detail else {
            Issue.record("expected a numeric detail, got \(result.detail)")
            return
        }
        #expect(comparison.given == 0.13)
        #expect(comparison.expected == 0.125)
        #expect(abs(try #require(comparison.difference) - 0.005) < 1e-12)
        #expect(abs(try #require(comparison.relativeError) - 0.04) < 1e-12)
    }

    @Test func wrongUnitIsNamedInTheFeedback() {
        let result = Grader.grade(item: Self.item(Self.gigabytes), response: .numeric("16 MB"))
        #expect(result.feedback == "Wrong unit: the answer is in GB, not MB. The answer is 16 GB.")
        #expect(result.detail == .numeric(NumericComparison(given: nil, expected: 16, wrongUnit: "MB")))
    }

    @Test func aRightAnswerWithinToleranceStillShowsTheExactOne() {
        let result = Grader.grade(item: Self.item(Self.gigabytes), response: .numeric("16.4 GB"))
        #expect(result.verdict == .correct)
        #expect(result.feedback == "Correct: 16 GB (you were off by 0.4, 2.5%).")
    }

    @Test(arguments: [(0.005, "0.005"), (4.0, "4"), (1234.5, "1230"), (0.033333, "0.0333"), (2.5, "2.5"), (0, "0")])
    func distancesShowThreeSignificantDigits(_ value: Double, _ shown: String) {
        #expect(NumericGrader.format(value) == shown)
    }
}
