import Testing
@testable import Course

/// The number reader shared by `answer:`/`tolerance:` and the numeric grader.
@Suite struct QuizNumberTests {
    static let readable: [(String, QuizNumber)] = [
        ("0.125", QuizNumber(value: 0.125)),
        (".5", QuizNumber(value: 0.5)),
        ("1e-3", QuizNumber(value: 0.001)),
        ("2.5E+2", QuizNumber(value: 250)),
        ("1,000", QuizNumber(value: 1000)),
        ("12,345,678.5", QuizNumber(value: 12_345_678.5)),
        ("−2", QuizNumber(value: -2)),
        ("+3", QuizNumber(value: 3)),
        ("1/8", QuizNumber(value: 0.125)),
        ("12.5%", QuizNumber(value: 12.5, isPercent: true)),
        ("12.5 %", QuizNumber(value: 12.5, isPercent: true)),
        ("16 GB", QuizNumber(value: 16, unit: "GB")),
        ("16GB", QuizNumber(value: 16, unit: "GB")),
        ("3 tokens/s", QuizNumber(value: 3, unit: "tokens/s")),
        ("2 eggs", QuizNumber(value: 2, unit: "eggs")),
        ("  7  ", QuizNumber(value: 7)),
    ]

    @Test(arguments: readable)
    func reads(_ text: String, _ expected: QuizNumber) {
        #expect(QuizNumber.parse(text) == expected)
    }

    @Test(arguments: ["", "abc", "1,5", "1,0000", "1234,567", "1..5", "1/0", "--1", "1e", "%", "12.5%%", "1 2"])
    func rejects(_ text: String) {
        #expect(QuizNumber.parse(text) == nil)
    }
}
