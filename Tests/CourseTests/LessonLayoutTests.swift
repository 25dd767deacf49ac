import Testing
import DisplayWidth
@testable import Course

/// What the reader shows: golden layouts, wrapping, and the parts a learner would notice.
@Suite struct LessonLayoutTests {
    private func sample() throws -> Lesson {
        let (lesson, diagnostics) = LessonParser.parse(SampleLesson.text, source: SampleLesson.source)
        #expect(diagnostics == [])
        return try #require(lesson)
    }

    @Test func goldenAt80Columns() throws {
        let lines = LessonLayout.lines(for: try sample(), width: 80, diagrams: SampleLesson.diagrams)
        GoldenFile.check(GoldenFile.dump(lines), named: "sample-lesson-80.txt")
    }

    @Test func goldenAt40Columns() throws {
        let lines = LessonLayout.lines(for: try sample(), width: 40, diagrams: SampleLesson.diagrams)
        GoldenFile.check(GoldenFile.dump(lines), named: "sample-lesson-40.txt")
    }

    @Test func wrappedTextNeverExceedsTheWidth() throws {
        let lesson = try sample()
        for width in [12, 20, 33, 40, 80] {
            for line in LessonLayout.lines(for: lesson, width: width, diagrams: SampleLesson.diagrams) {
                // Only code and diagrams keep their lines whole.
                let kept = line.spans.contains { span in
                    if case .syntax = span.style.role { return true }
                    return span.style.role == .codeBlock || span.style.role == .diagram
                }
                if !kept { #expect(DisplayWidth.of(line.text) <= width, "\(width): \(line.text)") }
            }
        }
    }

    @Test func tinyWidthsTerminate() throws {
        let lesson = try sample()
        for width in [-3, 0, 1, 2, 3, 10] {
            let lines = LessonLayout.lines(for: lesson, width: width, diagrams: SampleLesson.diagrams)
            #expect(!lines.isEmpty)
            #expect(lines.count < 5_000)
        }
    }

    @Test func chineseParagraphWrapsBetweenCharactersWithinTheWidth() {
        let text = "注意力机制让每个词元都能关注序列中的其他词元，这是变换器模型的核心。它通过查询、键和值三组向量计算权重。"
        let (document, _) = MarkdownParser.parse(text, source: "zh.md")
        for width in [2, 3, 7, 10, 15, 21, 40] {
            let lines = LessonLayout.lines(for: document, width: width)
            for line in lines {
                #expect(DisplayWidth.of(line.text) <= width, "width \(width): \(line.text)")
                // Closing punctuation never starts a line (once a line can hold two characters).
                if width >= 4 {
                    #expect(!(line.text.first.map { "，。、".contains($0) } ?? false), "width \(width): \(line.text)")
                }
            }
            #expect(lines.map(\.text).joined() == text, "nothing lost or added at width \(width)")
        }
        // 53 characters of width 2 = 106 columns; at 20 columns that is at least 6 lines, all but the last full-ish.
        let twenty = LessonLayout.lines(for: document, width: 20).map { DisplayWidth.of($0.text) }
        #expect(twenty.count == 6)
        #expect(twenty.dropLast().allSatisfy { $0 >= 18 })
    }

    @Test func longWordIsBrokenAndGraphemesStayWhole() {
        let (document, _) = MarkdownParser.parse("x supercalifragilistic e\u{301}e\u{301}e\u{301}e\u{301}", source: "w.md")
        let lines = LessonLayout.lines(for: document, width: 5).map(\.text)
        #expect(lines == ["x", "super", "calif", "ragil", "istic", "éééé"])
    }

    @Test func listMarkersByDepthAndHangingIndent() {
        let (document, _) = MarkdownParser.parse("- one two three\n  - inner\n    - deepest\n      - again", source: "l.md")
        let lines = LessonLayout.lines(for: document, width: 9).map(\.text)
        // Width 9: the fourth level has one column left, and still makes progress.
        #expect(lines == ["• one two", "  three", "  ◦ inner", "    ▪ dee", "      pes", "      t",
                          "      • a", "        g", "        a", "        i", "        n"])
    }

    @Test func numberedListsCountFromTheirStartAndAlignTheirMarkers() {
        let items = (0..<3).map { "\($0 + 8). item \($0)" }.joined(separator: "\n")
        let (document, _) = MarkdownParser.parse(items, source: "n.md")
        #expect(LessonLayout.lines(for: document, width: 40).map(\.text) == [" 8. item 0", " 9. item 1", "10. item 2"])
    }

    @Test func mathGoesThroughTheMathRenderer() {
        let (document, _) = MarkdownParser.parse("Scale by $\\sqrt{d_k}$.\n\n$$\n\\frac{a}{b}\n$$", source: "m.md")
        let lines = LessonLayout.lines(for: document, width: 80)
        #expect(lines[0].text == "Scale by " + MathRenderer.inline("\\sqrt{d_k}").text + ".")
        #expect(lines[0].spans.contains { $0.style.role == .math })
        let display = MathRenderer.display("\\frac{a}{b}").lines
        #expect(lines.dropFirst(2).map(\.text) == display.map { "    " + $0 })
    }

    @Test func headingsAndAnchorsAreMarkedForTheOutline() throws {
        let lines = LessonLayout.lines(for: try sample(), width: 80, diagrams: SampleLesson.diagrams)
        let headings = lines.compactMap(\.heading)
        #expect(headings == [HeadingMark(level: 1, title: "Scaled dot-product attention"), HeadingMark(level: 2, title: "The recipe")])
        let recipe = try #require(lines.first { $0.heading?.title == "The recipe" })
        #expect(recipe.sourceLine == 20)
        #expect(lines.compactMap(\.anchor) == [.kernel(name: nil), .kernel(name: "masked"), .checkpoint(index: 0), .lessonDecks])
        // A kernel's code lines point at their own lines in the file.
        #expect(lines.first { $0.text.contains("let Q = Matrix") }?.sourceLine == 49)
    }

    @Test func checkpointShowsItsQuestionsWithMarksAndHangingIndent() throws {
        let lesson = try sample()
        let questions: [String: CheckpointQuestion] = [
            "tf-attention/scale-why": CheckpointQuestion(prompt: [.text("Why divide the scores by "), .math("\\sqrt{d_k}"), .text("?")], mark: .right),
            "tf-attention/softmax-rows": CheckpointQuestion(prompt: [.text("Each row of the attention weights sums to what, and why does it matter for the output?")], mark: .open),
        ]
        let lines = LessonLayout.lines(for: lesson, width: 40, diagrams: SampleLesson.diagrams, questions: questions)
        let block = lines.filter { $0.anchor == .checkpoint(index: 0) }.map(\.text)
        #expect(block == [
            "✎ Checkpoint: 2 questions · c to answer",
            "them here",
            "  ✓ 1. Why divide the scores by " + MathRenderer.inline("\\sqrt{d_k}").text + "?",
            "  ○ 2. Each row of the attention weights",
            "       sums to what, and why does it",
            "       matter for the output?",
        ])
        var allAnswered = questions
        allAnswered["tf-attention/softmax-rows"]?.mark = .wrong
        let answered = LessonLayout.lines(for: lesson, width: 80, diagrams: SampleLesson.diagrams, questions: allAnswered)
        #expect(answered.contains { $0.text == "✎ Checkpoint: 2 questions · 1 of 2 right · c to answer again" })
        let wrong = try #require(answered.first { $0.text.hasPrefix("  ✗ 2.") })
        #expect(wrong.spans.first?.style.role == .error, "a wrong mark stands out")
    }

    @Test func aClozeInACheckpointShowsBlanksNotItsAnswers() {
        let item = QuizItem(id: "rows", deck: "d", answer: .cloze([ClozeGap(answers: ["row", "rows"], line: 3, column: 20)]),
                            prompt: QuizText("Softmax is taken along each {{row|rows}} of the scores.", firstLine: 3))
        let question = CheckpointQuestion(item: item, mark: .open)
        #expect(Inline.plainText(question.prompt) == "Softmax is taken along each ___ of the scores.")
    }

    @Test func numberedGapsNeverReadAsLinks() {
        let item = QuizItem(id: "pe", deck: "d", answer: .cloze([ClozeGap(answers: ["sin"], line: 3, column: 10)]),
                            prompt: QuizText("Column 2i is {{sin}}(pos / 10000^(2i/d)).", firstLine: 3))
        let lines = LessonLayout.lines(for: item.promptWithNumberedGaps.document(source: "d.md"), width: 80)
        #expect(lines.map(\.text) == ["Column 2i is [1](pos / 10000^(2i/d))."], "the gap stays visible before a parenthesis")
    }

    @Test(arguments: [
        ("Decoding strategies", "Decoding strategies - greedy, beam, top-k", true),
        ("decoding strategies", "Decoding strategies - greedy, beam, top-k", true),
        ("Scaled dot-product attention", "Scaled dot-product attention", true),
        ("Token", "Tokenisation (BPE) and embeddings", false),
        ("LoRA and QLoRA", "Parameter-efficient fine-tuning with LoRA and QLoRA", false),
        ("", "Anything", false),
    ])
    func anOpeningHeadingThatRepeatsTheTitleIsShownOnce(heading: String, title: String, repeats: Bool) {
        #expect(LessonLayout.repeatsTitle(heading, title) == repeats)
    }

    @Test func missingDiagramIsShownAsSuch() {
        let (document, _) = MarkdownParser.parse("![d](Assets/none.txt)", source: "Lessons/m/01-x.md")
        let lines = LessonLayout.lines(for: document, width: 80, diagrams: [:], source: "Lessons/m/01-x.md")
        #expect(lines.map(\.text) == ["[diagram missing: Assets/none.txt]"])
        #expect(lines[0].spans.first?.style.role == .error)
    }

    @Test func controlCharactersAreNeutralised() {
        let (document, _) = MarkdownParser.parse("red \u{1B}[31mtext\u{7}", source: "c.md")
        let text = PlainText.render(LessonLayout.lines(for: document, width: 80))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text == "red ␛[31mtext␇\n")
    }

    @Test func narrowTableFallsBackToHeaderValueLines() {
        let (document, _) = MarkdownParser.parse("| name | value |\n|---|---|\n| a | 1 |\n| b | 2 |", source: "t.md")
        #expect(LessonLayout.lines(for: document, width: 8).map(\.text) == ["name: a", "value: 1", "", "name: b", "value: 2"])
        #expect(LessonLayout.lines(for: document, width: 15).map(\.text) == [
            "┌──────┬──────┐", "│ name │ valu │", "│      │ e    │", "├──────┼──────┤",
            "│ a    │ 1    │", "│ b    │ 2    │", "└──────┴──────┘",
        ])
    }

    @Test func columnFittingCapsTheWidestFirst() {
        #expect(TableLayout.fit([10, 3, 30], budget: 43) == [10, 3, 30])
        #expect(TableLayout.fit([10, 3, 30], budget: 30) == [10, 3, 17])
        #expect(TableLayout.fit([10, 3, 30], budget: 9) == [3, 3, 3])
        #expect(TableLayout.fit([10, 3, 30], budget: 10) == [4, 3, 3])
    }

    @Test func plainTextTrimsTrailingSpaces() {
        let lines = [LayoutLine(spans: [StyledSpan("a  ")], sourceLine: 1), LayoutLine(spans: [], sourceLine: 2)]
        #expect(PlainText.render(lines) == "a\n\n")
    }
}
