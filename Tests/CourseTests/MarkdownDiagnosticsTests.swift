import Testing
@testable import Course

/// Broken Markdown gives a located diagnostic and the best reading of the rest, never a
/// crash or a silent guess.
@Suite struct MarkdownDiagnosticsTests {
    private func problems(_ text: String, firstLine: Int = 1) -> [String] {
        MarkdownParser.parse(text, source: "t.md", firstLine: firstLine).diagnostics.map(\.description)
    }

    @Test func unclosedFenceIsReportedAtItsOpener() {
        #expect(problems("text\n\n  ```swift\nlet x = 1\n", firstLine: 5) ==
            ["t.md:7:3: error: code fence opened here is never closed; add a line with ```"])
        let (document, _) = MarkdownParser.parse("~~~~\ncode\n~~~\n", source: "t.md")
        // The shorter closer does not close a four-tilde fence: everything after is code.
        #expect(document.debugDump().contains("| ~~~"))
    }

    @Test func unclosedInlineMathNamesItsColumn() {
        #expect(problems("Costs $5 today") ==
            ["t.md:1:7: error: unclosed inline math: this `$` has no closing `$` on the same line (write \\$ for a dollar sign)"])
        // Math does not run across lines.
        #expect(problems("a $x\ny$ b").count == 2)
        #expect(problems("a \\$5 and $x$") == [])
    }

    @Test func mathProblemsAreReportedWhereTheyAreInTheFile() {
        // `\foo` starts 4 characters into `x + \foo`, which starts at column 6 of line 3.
        #expect(problems("Intro\n\nSee $x + \\foo$ here.") == ["t.md:3:10: error: math: unknown command \\foo"])
        // In a display block the issue is reported on the block's own line holding it.
        #expect(problems("$$\na^2\n\\foo\n$$") == ["t.md:3:1: error: math: unknown command \\foo"])
    }

    @Test func unclosedDisplayMathStopsAtABlankLine() {
        let (document, diagnostics) = MarkdownParser.parse("$$\nx^2\n\nAfter.", source: "t.md")
        #expect(diagnostics.map(\.description) ==
            ["t.md:1:1: error: display math opened with `$$` is never closed; end it with a line ending in `$$`"])
        #expect(document.debugDump().contains("Text \"After.\""))
    }

    @Test func raggedTableRowsAreReportedAndPadded() {
        let text = "| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |"
        #expect(problems(text) == [
            "t.md:3:1: error: table row has 1 cells but the header has 2",
            "t.md:4:1: error: table row has 3 cells but the header has 2",
        ])
        let (document, _) = MarkdownParser.parse(text, source: "t.md")
        guard case .table(let table) = document.blocks.first?.kind else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.map(\.count) == [2, 2])
        #expect(problems("| a | b |\n| --- |") == ["t.md:2:1: error: table alignment row has 1 cells but the header has 2"])
    }

    @Test func badKernelAttributes() {
        #expect(problems("```swift kernel name=Masked\nx\n```") ==
            ["t.md:1:17: error: kernel name `Masked` must be kebab-case, like name=masked or name=causal-mask"])
        #expect(problems("```swift kernel title=x\nx\n```") ==
            ["t.md:1:17: error: unknown kernel attribute `title=x`; the only one is name=<kebab-case-name>"])
        #expect(problems("```swift kernel name=\nx\n```") ==
            ["t.md:1:17: error: kernel name `` must be kebab-case, like name=masked or name=causal-mask"])
        #expect(problems("```swift kernel\n```") == ["t.md:1:1: error: kernel block is empty"])
        #expect(problems("```kernel\nx\n```") ==
            ["t.md:1:4: warning: a runnable kernel is written ```swift kernel; this block is shown as plain code"])
    }

    @Test func badQuizLines() {
        #expect(problems("```quiz\ntf-attention/scale-why\nnot a reference\ndeck/Item\n```") == [
            "t.md:3:1: error: quiz checkpoint line `not a reference` should be deck/item-id, both kebab-case",
            "t.md:4:1: error: quiz checkpoint line `deck/Item` should be deck/item-id, both kebab-case",
        ])
        #expect(problems("```quiz\n```") == ["t.md:1:1: error: quiz block lists no items; write one deck/item-id per line"])
    }

    @Test func unknownAlertKindStaysAQuote() {
        let (document, diagnostics) = MarkdownParser.parse("> [!DANGER]\n> Hot.", source: "t.md")
        #expect(diagnostics.map(\.description) ==
            ["t.md:1:3: warning: unknown alert [!DANGER]; use NOTE, TIP, IMPORTANT, WARNING or CAUTION"])
        guard case .quote = document.blocks.first?.kind else {
            Issue.record("expected a quote")
            return
        }
    }

    @Test func twoUnnamedKernelsInOneLessonIsAnError() {
        let text = "---\nid: a-lesson\ntitle: T\nmodule: m\n---\n```swift kernel\na\n```\n\n```swift kernel\nb\n```\n"
        let (lesson, diagnostics) = LessonParser.parse(text, source: "l.md")
        #expect(diagnostics.map(\.description) ==
            ["l.md:10:1: error: a second unnamed kernel (the first is on line 6); name it: ```swift kernel name=…"])
        #expect(lesson?.kernels.count == 2)
    }

    @Test func duplicateKernelNamesAreAnError() {
        let text = "---\nid: a-lesson\ntitle: T\nmodule: m\n---\n```swift kernel name=x\na\n```\n```swift kernel name=x\nb\n```\n"
        #expect(LessonParser.parse(text, source: "l.md").diagnostics.map(\.description) ==
            ["l.md:9:1: error: two kernels are named `x` (the first is on line 6)"])
    }

    @Test func kernelsAndCheckpointsAreCollectedWithFileLines() throws {
        let text = """
            ---
            id: a-lesson
            title: T
            module: m
            ---
            Intro.

            - In a list:

              ```swift kernel name=listed
              let y = 2
              ```

            ```swift kernel
            let x = 1
            print(x)
            ```

            ```quiz
            deck-a/one
            ```
            """
        let (parsed, diagnostics) = LessonParser.parse(text, source: "Lessons/m/07-a-lesson.md")
        #expect(diagnostics == [])
        let lesson = try #require(parsed)
        #expect(lesson.number == 7)
        #expect(lesson.kernels == [
            KernelSource(name: "listed", code: "let y = 2", firstLine: 11),
            KernelSource(name: nil, code: "let x = 1\nprint(x)", firstLine: 15),
        ])
        #expect(lesson.mainKernel?.firstLine == 15)
        #expect(lesson.checkpoints == [QuizCheckpoint(items: [.init(deck: "deck-a", item: "one", line: 20)], line: 19)])
    }
}
