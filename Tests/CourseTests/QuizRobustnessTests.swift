import DisplayWidth
import Testing
@testable import Course

/// Random quiz-shaped garbage never crashes or hangs the quiz parser.
@Suite struct QuizRobustnessTests {
    /// Fragments of quiz syntax, so the garbage exercises the format rather than plain text.
    static let alphabet: [String] = [
        "---\n", "deck: d\n", "title: T\n", "lessons: [a, b]\n", "## ", "## q\n", "### Hint\n", "### Explanation\n",
        "### Answer\n", "### ", "kind: ", "choice", "multi", "numeric", "text", "order", "cloze", "card", "\n", "\n\n",
        "- [ ] ", "- [x] ", "- [X]", "1. ", "2) ", "answer: ", "tolerance: ", "1%", "1,000", "1e-3", "−", "unit: GB\n",
        "accept: [", "]", "contains: ", "{{", "}}", "|", "```", "~~~", "  ", "\t", "\r\n", "difficulty: ", "shuffle: false",
        "a", "é", "注意", "🙂", "\u{301}", "\u{0}", "\u{FEFF}", "#", ":", "\"", "'", "[", "-",
    ]

    /// SplitMix64, seeded, so every run sees the same inputs.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func randomQuizFilesNeverCrashAndDiagnosticsPointInsideTheFile() {
        var rng = SeededGenerator(state: 0x5EED_0F_0017)
        for round in 0..<2000 {
            let count = Int.random(in: 0...80, using: &rng)
            var text = (0..<count).map { _ in Self.alphabet.randomElement(using: &rng) ?? "" }.joined()
            if round % 2 == 0 { text = "---\ndeck: d\ntitle: T\n---\n" + text }
            let lineCount = LineEnds.unified(text).unicodeScalars.filter { $0 == "\n" }.count + 1
            let (deck, diagnostics) = QuizParser.parse(text, source: "Quizzes/d.md")
            for diagnostic in diagnostics {
                #expect((0...lineCount).contains(diagnostic.line), "line \(diagnostic.line) outside \(text.debugDescription): \(diagnostic)")
            }
            for item in deck?.items ?? [] {
                #expect(!item.prompt.text.isEmpty)
                if case .choice(let options) = item.answer {
                    #expect(options.filter(\.isCorrect).count == 1)
                }
                _ = item.promptBlankingGaps { _ in "___" }
            }
        }
    }

    @Test func randomNumbersNeverCrashTheNumberReader() {
        var rng = SeededGenerator(state: 42)
        let pieces = ["1", "0", "9", ".", ",", "e", "E", "-", "+", "−", "%", "/", " ", "GB", "x", "\u{A0}", "٣", "½", "1,000"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            if let number = QuizNumber.parse(text) {
                #expect(number.value.isFinite, "\(text)")
            }
        }
    }
}
