import Course
import Testing
@testable import Practice

/// Free-text answers and cloze gaps: normalising, `accept` and whole-word `contains`.
@Suite struct GraderTextTests {
    static func item(accept: [String], contains: [String] = []) -> QuizItem {
        QuizItem(id: "t", deck: "d", answer: .text(TextAnswer(accept: accept, contains: contains)),
                 prompt: QuizText("Name it.", firstLine: 3))
    }

    static let layerNorm = ["layer norm", "layernorm", "layer normalization"]

    static let rows: [(accept: [String], contains: [String], typed: String, verdict: GradeResult.Verdict)] = [
        (layerNorm, [], "Layer Norm", .correct),
        (layerNorm, [], "  layer   norm  ", .correct),
        (layerNorm, [], "layer-norm", .correct),
        (layerNorm, [], "LayerNorm.", .correct),
        (layerNorm, [], "layer–norm", .correct),                      // en dash
        (layerNorm, [], "“layer norm”", .correct),                    // curly quotes
        (layerNorm, [], "batch norm", .incorrect),
        (layerNorm, [], "layer norms", .incorrect),
        (layerNorm, [], "   ", .unreadable),
        (layerNorm, [], "?!", .unreadable),
        (["don't repeat yourself"], [], "dont repeat yourself", .correct),
        (["don't repeat yourself"], [], "Don’t repeat yourself!", .correct),
        (["Naïve Bayes"], [], "naive bayes", .correct),
        (["1.5"], [], "15", .incorrect),                               // a decimal point is not punctuation
        (["1.5"], [], "1.5", .correct),
        (["1,000 tokens"], [], "1000 tokens", .correct),
        (["−127"], [], "127", .incorrect),                             // a sign is not a dash
        (["−127"], [], "-127", .correct),                              // minus sign or hyphen-minus
        (["from −1 to 1"], [], "from -1 to 1", .correct),
        (["top-1"], [], "top 1", .correct),                            // inside a word it still separates
        ([], ["magnitude", "length"], "It ignores the magnitude of the vectors", .correct),
        ([], ["magnitude", "length"], "the Length.", .correct),
        ([], ["magnitude", "length"], "magnitudes", .incorrect),       // whole words only
        ([], ["magnitude", "length"], "lengthy", .incorrect),
        ([], ["layer normalization"], "we apply layer-normalization here", .correct),
        ([], ["layer normalization"], "normalization layer", .incorrect),
    ]

    @Test(arguments: rows)
    func grades(_ row: (accept: [String], contains: [String], typed: String, verdict: GradeResult.Verdict)) {
        let result = Grader.grade(item: Self.item(accept: row.accept, contains: row.contains), response: .text(row.typed))
        #expect(result.verdict == row.verdict, "\(result.feedback)")
    }

    @Test func feedbackNamesTheFirstAcceptedAnswer() {
        let result = Grader.grade(item: Self.item(accept: Self.layerNorm), response: .text("batch norm"))
        #expect(result.feedback == "Not quite. The answer is: layer norm.")
        #expect(result.detail == .text(TextMatch(normalized: "batch norm", matched: nil)))
    }

    @Test func matchReportsWhichPhraseWasFound() {
        let result = Grader.grade(item: Self.item(accept: [], contains: ["magnitude"]), response: .text("Ignores MAGNITUDE!"))
        #expect(result.detail == .text(TextMatch(normalized: "ignores magnitude", matched: .contains("magnitude"))))
    }

    static let cloze = QuizItem(id: "c", deck: "d", answer: .cloze([
        ClozeGap(answers: ["probabilities", "weights"], line: 3, column: 10),
        ClozeGap(answers: ["1", "one"], line: 3, column: 40),
    ]), prompt: QuizText("The softmax gives {{probabilities|weights}} that sum to {{1|one}}.", firstLine: 3))

    static let clozeRows: [([String], GradeResult.Verdict)] = [
        (["Probabilities", "one"], .correct),
        (["weights", "1"], .correct),
        (["weights", "2"], .incorrect),
        (["logits", "one"], .incorrect),
        (["probabilities"], .unreadable),
        (["", " "], .unreadable),
    ]

    @Test(arguments: clozeRows)
    func gradesCloze(_ given: [String], _ verdict: GradeResult.Verdict) {
        #expect(Grader.grade(item: Self.cloze, response: .cloze(given)).verdict == verdict)
    }

    @Test func clozeMarksEachGap() {
        let result = Grader.grade(item: Self.cloze, response: .cloze(["weights", "2"]))
        #expect(result.detail == .gaps([
            GapMark(index: 0, given: "weights", expected: "probabilities", isCorrect: true),
            GapMark(index: 1, given: "2", expected: "1", isCorrect: false),
        ]))
        #expect(result.feedback == "1 of 2 gaps right: gap 2 is “1”.")
    }
}
