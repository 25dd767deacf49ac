import Testing
@testable import Course

/// Random garbage never crashes or hangs the parsers or the layout.
@Suite struct RobustnessTests {
    /// SplitMix64: a small seeded generator so every run sees the same inputs.
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

    /// Markdown-heavy fragments, so the garbage exercises the syntax rather than plain text.
    static let alphabet: [String] = [
        "*", "**", "_", "`", "```", "~~~", "$", "$$", "\\", "[", "]", "(", ")", "!", "|", ">", "> ", "#", "## ",
        "-", "- ", "1. ", "  ", "    ", "\t", "\n", "\n\n", "\r\n", ":", "---", "[!NOTE]", "swift kernel", "quiz\n",
        "a", "word ", "注意力", "é", "🙂", "\u{301}", "\u{1B}[31m", "\u{0}", "name=x", "x/y", "=", "{", "}",
    ]

    static func garbage(_ rng: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...60, using: &rng)
        return (0..<count).map { _ in alphabet.randomElement(using: &rng) ?? "" }.joined()
    }

    @Test func randomMarkdownNeverCrashesParserOrLayout() {
        var rng = SeededGenerator(state: 20_240_601)
        for _ in 0..<1500 {
            let text = Self.garbage(&rng)
            let (document, diagnostics) = MarkdownParser.parse(text, source: "g.md")
            for diagnostic in diagnostics {
                #expect(diagnostic.line >= 1, "diagnostic without a line for \(text.debugDescription)")
            }
            for width in [1, 2, 10, 40] {
                let lines = LessonLayout.lines(for: document, width: width)
                #expect(lines.count < 10_000)
            }
            _ = document.debugDump()
        }
    }

    @Test func randomLessonFilesNeverCrash() {
        var rng = SeededGenerator(state: 7)
        for _ in 0..<500 {
            let head = ["---\nid: a-lesson\ntitle: T\nmodule: m\n", "---\n", "", "---\nid: [\n"].randomElement(using: &rng) ?? ""
            let text = head + Self.garbage(&rng) + (["\n---\n", "", "---"].randomElement(using: &rng) ?? "") + Self.garbage(&rng)
            let (lesson, _) = LessonParser.parse(text, source: "g.md")
            if let lesson {
                _ = LessonLayout.lines(for: lesson, width: 3, diagrams: [:])
            }
            _ = CourseOutlineParser.parse(text, source: "course.md")
        }
    }
}
