import Course
import Foundation
import Kernels
import Terminal
import Testing
@testable import Screens

/// The stepper fixtures: lessons whose kernels were run once with the real runner; the traces
/// and the compiler's output are kept beside them (`Fixtures/stepper`).
enum StepperFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/stepper").path

    static func text(_ name: String) -> String {
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }

    /// The lesson, parsed under the path its kernel was compiled with.
    static func lesson(_ name: String) -> Lesson? {
        LessonParser.parse(text(name + ".md"), source: "Lessons/fixture/\(name).md").lesson
    }

    static func screen(_ name: String, width: Int = 80, height: Int = 24, source: StepperSource = .running) throws -> StepperScreen {
        let lesson = try #require(Self.lesson(name))
        let kernel = try #require(lesson.kernels.first)
        var screen = StepperScreen(lesson: lesson, kernel: kernel, source: source)
        screen.resize(width: width, height: height)
        if name == "broken" {
            let output = text("broken.compiler.txt")
            let failure = CompileFailure(diagnostics: CompilerDiagnostic.parse(compilerOutput: output), output: output)
            screen.load(.failed(.compileFailed(failure), events: [], standardError: ""))
        } else {
            screen.load(.events(TraceDecoder.decode(text(name + ".jsonl"))))
        }
        return screen
    }
}

extension StepperScreen {
    @discardableResult
    mutating func press(_ keys: Key..., modifiers: Modifiers = []) -> [Action] {
        keys.map { handle($0, modifiers, now: 1_800_000_000) }
    }

    @discardableResult
    mutating func type(_ text: String) -> [Action] {
        text.map { handle(.char($0), [], now: 1_800_000_000) }
    }

    func frame(width: Int = 80, height: Int = 24) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        view(into: &buffer, theme: Theme())
        return buffer
    }

    func screenText(width: Int = 80, height: Int = 24) -> String { frame(width: width, height: height).textDump() }
}

/// The row of the dump that contains `text`, or nil.
func row(containing text: String, in dump: String) -> String? {
    dump.split(separator: "\n").map(String.init).first { $0.contains(text) }
}

@Suite struct StepperTests {
    @Test func stepsForwardAndBackThroughTheTrace() throws {
        var screen = try StepperFixture.screen("attention")
        #expect(screen.screenText().contains("Step 1 of 6 · Inputs"))
        screen.press(.right)
        #expect(screen.screenText().contains("Step 2 of 6 · Scores"))
        screen.press(.char(" "))
        screen.press(.char("l"))
        #expect(screen.screenText().contains("Step 4 of 6 · Causal mask"))
        screen.press(.left)
        #expect(screen.screenText().contains("Step 3 of 6 · Scale by 1/√d_k"))
        screen.press(.char("h"), .char("h"), .char("h"), .left)
        #expect(screen.screenText().contains("Step 1 of 6 · Inputs"))
    }

    @Test func marksTheLinesThatRanAndTheCurrentLine() throws {
        var screen = try StepperFixture.screen("attention", width: 160, height: 48)
        screen.press(.right, .right)   // "Scale by 1/√d_k", called on line 31; the previous step was on 25
        let dump = screen.screenText(width: 160, height: 48)
        #expect(row(containing: "31 step(\"Scale by", in: dump)?.hasPrefix("▶31") == true)
        for line in 26...30 {
            #expect(row(containing: "\(line) ", in: dump)?.hasPrefix("▌\(line)") == true, "line \(line) ran")
        }
        #expect(row(containing: "25 ", in: dump)?.hasPrefix(" 25") == true, "line 25 ran before the previous step")
        #expect(row(containing: "32 ", in: dump)?.hasPrefix(" 32") == true, "line 32 has not run yet")
    }

    @Test func asksBeforeRevealingAndGradesARightAnswer() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        let asking = screen.screenText()
        #expect(asking.contains("? What is weights[1][1]?"))
        #expect(!asking.contains("Step 5 of 6"), "the step is not revealed before the answer")
        #expect(!asking.contains("0.6225"))
        let typing = screen.isTypingPrediction
        #expect(typing)
        screen.type("0.62")
        let actions = screen.press(.enter)
        // softmax([0.5, 1.0])[1] = 1 / (1 + e^-0.5) = 0.62246 (COURSE.md L20: 0.6225); 0.62 is within 1%.
        guard case .predicted(let lesson, let kernel, let tensor, let index, let guess, let truth, let correct) = actions.first else {
            Issue.record("no prediction recorded: \(actions)")
            return
        }
        #expect(lesson == "stepper-attention" && kernel == nil && tensor == "weights" && index == [1, 1])
        #expect(guess == 0.62 && abs(truth - 0.62246) < 1e-5 && correct)
        let revealed = screen.screenText()
        #expect(revealed.contains("Step 5 of 6 · Softmax each row"))
        #expect(revealed.contains("✓ Right: weights[1][1] is 0.6225 (you said 0.62)."))
    }

    @Test func gradesAWrongAnswerWithTheDistance() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        screen.type("0.5")
        let actions = screen.press(.enter)
        guard case .predicted(_, _, _, _, let guess, _, let correct) = actions.first else {
            Issue.record("no prediction recorded: \(actions)")
            return
        }
        #expect(guess == 0.5 && !correct)
        // 0.62246 − 0.5 = 0.12246
        #expect(screen.screenText().contains("✗ Off by 0.1225: weights[1][1] is 0.6225 (you said 0.5)."))
    }

    @Test func escapeSkipsTheQuestionAndRecordsNothing() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        #expect(screen.press(.escape) == [.none])
        let dump = screen.screenText()
        #expect(dump.contains("Step 5 of 6 · Softmax each row"))
        #expect(dump.contains("Skipped: weights[1][1] is 0.6225."))
        // Going back and forward again does not ask a second time.
        screen.press(.left, .right)
        let typing = screen.isTypingPrediction
        #expect(!typing)
    }

    @Test func leftAtAQuestionGoesBackWithoutAnswering() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        screen.press(.left)
        #expect(screen.screenText().contains("Step 4 of 6 · Causal mask"))
        screen.press(.right)
        let typing = screen.isTypingPrediction
        #expect(typing, "the question is still open")
    }

    @Test func scrollsAtAQuestion() throws {
        var screen = try StepperFixture.screen("vectors")
        screen.press(.right, .right)   // "What is a · b?" under the three vectors of the step before
        let asking = screen.screenText()
        #expect(asking.contains("? What is a · b?"))
        screen.press(.char("j"))
        #expect(screen.screenText() != asking, "j scrolls the step above the question")
        screen.press(.char("k"))
        #expect(screen.screenText() == asking)
    }

    @Test func refusesTextThatIsNotANumber() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.right, .right, .right, .right)
        screen.type("-")
        #expect(screen.press(.enter) == [.none])
        #expect(screen.screenText().contains("“-” is not a number"))
        let typing = screen.isTypingPrediction
        #expect(typing)
        screen.press(.backspace)
        screen.paste("≈ −0.6225\n")
        #expect(screen.screenText().contains("weights[1][1] ≈ -0.6225▏"))
    }

    @Test func toleranceIsOnePercentOrAThousandth() {
        // 1% of 0.6225 is 0.006225.
        #expect(StepperPrediction.isClose(0.6165, to: 0.6225))
        #expect(!StepperPrediction.isClose(0.616, to: 0.6225))
        // Near zero the absolute 0.001 is the looser one.
        #expect(StepperPrediction.isClose(0.0009, to: 0))
        #expect(!StepperPrediction.isClose(0.002, to: 0))
        #expect(StepperPrediction.isClose(-99.5, to: -100))
        #expect(!StepperPrediction.isClose(-98.9, to: -100))
    }

    @Test func underlinesTheCellsThatChanged() throws {
        var screen = try StepperFixture.screen("attention", width: 160, height: 48)
        screen.press(.right, .right, .right)   // "Causal mask": the same `scaled`, with −∞ above the diagonal
        let buffer = screen.frame(width: 160, height: 48)
        let dump = buffer.textDump().split(separator: "\n").map(String.init)
        let header = try #require(dump.firstIndex { $0.contains("scaled  4×4") })
        let left = try #require(dump[header].range(of: "scaled  4×4")).lowerBound.utf16Offset(in: dump[header])
        var underlined: [String] = []
        var plain: [String] = []
        for y in (header + 2)...(header + 5) {
            for x in left..<buffer.width where buffer[x, y].text != " " {
                let cell = "\(y - header - 2),\(x)\(buffer[x, y].text)"
                if buffer[x, y].style.underline { underlined.append(cell) } else { plain.append(cell) }
            }
        }
        #expect(underlined.filter { $0.hasSuffix("∞") }.count == 6, "six entries above the diagonal changed: \(underlined)")
        #expect(underlined.allSatisfy { $0.hasSuffix("∞") || $0.hasSuffix("−") })
        #expect(plain.filter { $0.hasSuffix(".") }.count == 10, "ten entries kept their value: \(plain)")
        #expect(dump.contains { $0.contains("Underlined: changed since the previous step.") })
    }

    @Test func showsMinusInfinityAndMinusZeroReadably() throws {
        var attention = try StepperFixture.screen("attention", width: 160, height: 48)
        attention.press(.right, .right, .right)
        let mask = attention.screenText(width: 160, height: 48)
        #expect(row(containing: "0 0.5", in: mask)?.hasSuffix("0 0.5  −∞  −∞  −∞") == true)

        var vectors = try StepperFixture.screen("vectors", width: 160, height: 48)
        vectors.press(.end)
        let flipped = vectors.screenText(width: 160, height: 48)
        #expect(flipped.contains("minus_a  [4]"))
        #expect(row(containing: "−1  −2  −2", in: flipped)?.hasSuffix("−1  −2  −2   0") == true, "−0 shows as 0")
    }

    @Test func showsScalarsAndVectorsReadably() throws {
        var screen = try StepperFixture.screen("vectors")
        screen.press(.right)
        let products = screen.screenText()
        #expect(products.contains("products  [4]"))
        #expect(row(containing: "2   0   2   0", in: products) != nil)   // [1,2,2,0] ⊙ [2,0,1,2]
        screen.press(.right)
        #expect(screen.screenText().contains("? What is a · b?"))
        screen.type("4")
        screen.press(.enter)
        let dot = screen.screenText()
        #expect(dot.contains("dot = 4"))
        #expect(dot.contains("✓ Right: dot is 4 (you said 4)."))
    }

    @Test func keepsOutputTheKernelPrintedAsText() throws {
        var screen = try StepperFixture.screen("attention")
        screen.press(.end)
        let dump = screen.screenText()
        #expect(dump.contains("Step 6 of 6 · Weighted values"))
        #expect(dump.contains("│ not a trace line"))
        screen.press(.home, .right, .right)
        #expect(screen.screenText().contains("› √d_k = 2, so every score is halved."))
    }

    @Test func endSkipsQuestionsAndHomeReturns() throws {
        var screen = try StepperFixture.screen("attention")
        #expect(screen.press(.end) == [.none])
        let typing = screen.isTypingPrediction
        #expect(!typing)
        screen.press(.left)
        #expect(screen.screenText().contains("Skipped: weights[1][1] is 0.6225."))
        screen.press(.home)
        #expect(screen.screenText().contains("Step 1 of 6 · Inputs"))
    }

    @Test func showsACompileErrorWithTheLessonsLineNumbers() throws {
        let screen = try StepperFixture.screen("broken", width: 160, height: 48)
        let dump = screen.screenText(width: 160, height: 48)
        #expect(dump.contains("The kernel does not compile: 2 errors."))
        #expect(dump.contains("Lessons/fixture/broken.md:13:11: error: operator function '+' requires that 'Vector' conform to 'Sequence'"))
        #expect(dump.contains("13 │ let b = a + \"two\""))
        #expect(dump.contains("   │           ^"))
        #expect(dump.contains("Lessons/fixture/broken.md:14:30: error: cannot find 'undefinedName' in scope"))
        #expect(row(containing: "13 let b", in: dump)?.hasPrefix("✗13") == true, "the code pane marks the line")
    }

    @Test func stepsThroughWhatRanBeforeACrash() throws {
        let lesson = try #require(StepperFixture.lesson("attention"))
        var screen = StepperScreen(lesson: lesson, kernel: lesson.kernels[0], source: .running)
        screen.resize(width: 80, height: 24)
        let trace = StepperFixture.text("attention.jsonl").split(separator: "\n").prefix(2).joined(separator: "\n")
        let crash = KernelCrash(termination: .exited(1),
                                standardError: "KernelKit error: matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 24)\n")
        screen.load(.failed(.crashed(crash), events: TraceDecoder.decode(trace), standardError: crash.standardError))
        #expect(screen.screenText().contains("⚠ The kernel stopped: matmul: 4×3 · 4×4, inner sizes 3 and 4 differ (line 24)"))
        screen.press(.right, .right)
        let end = screen.screenText()
        #expect(end.contains("Stopped"))
        #expect(end.contains("It ended with exit status 1."))
        #expect(end.contains("Standard error:"))
        #expect(row(containing: "24 let scores", in: end)?.hasPrefix("✗24") == true, "\(end)")
    }

    @Test func showsOtherFailuresAsAPanel() throws {
        let lesson = try #require(StepperFixture.lesson("attention"))
        for (load, expected) in [
            (StepperLoad.failed(.timedOut(seconds: 10), events: [], standardError: ""), "it ran longer than the time limit"),
            (.failed(.outputLimitExceeded(bytes: 1 << 20), events: [], standardError: ""), "writing 1 MB of output"),
            (.failed(.cancelled, events: [], standardError: ""), "The kernel was cancelled."),
            (.noToolchain("No Swift toolchain found and no recording of this kernel."), "No Swift toolchain found"),
        ] {
            var screen = StepperScreen(lesson: lesson, kernel: lesson.kernels[0], source: .running)
            screen.load(load)
            let dump = screen.screenText()
            #expect(dump.contains(expected))
            #expect(dump.contains("r run again"))
        }
    }

    @Test func runningShowsASpinnerAndEscapeCancels() throws {
        let lesson = try #require(StepperFixture.lesson("attention"))
        var screen = StepperScreen(lesson: lesson, kernel: lesson.kernels[0], source: .running)
        screen.resize(width: 80, height: 24)
        let before = screen.screenText()
        #expect(before.contains("⠋ Compiling and running the kernel…"))
        screen.tick()
        #expect(screen.screenText().contains("⠙ Compiling and running the kernel…"))
        screen.progress("Building KernelKit (first run only)…")
        #expect(screen.screenText().contains("Building KernelKit (first run only)…"))
        #expect(screen.press(.right) == [.none])
        #expect(screen.press(.escape) == [.cancelRun])
        #expect(screen.screenText().contains("The kernel was cancelled."))
        #expect(screen.press(.char("q")) == [.back])
    }

    @Test func keysAskTheAppToRerunEditResetAndLeave() throws {
        var screen = try StepperFixture.screen("attention")
        #expect(screen.press(.char("e"), .char("u"), .char("q"), .escape) == [.edit, .reset, .back, .back])
        #expect(screen.press(.char("r")) == [.rerun])
        #expect(screen.screenText().contains("Compiling and running the kernel…"), "a re-run shows the spinner at once")
        let running = screen.isRunning
        #expect(running)
    }

    @Test func aRecordingSaysSo() throws {
        let screen = try StepperFixture.screen("vectors", source: .recording("Playing the recorded trace: no Swift toolchain here."))
        #expect(row(containing: "Playing the recorded trace", in: screen.screenText()) != nil)

        let lesson = try #require(StepperFixture.lesson("vectors"))
        var played = StepperScreen(lesson: lesson, kernel: lesson.kernels[0], source: .running)
        played.resize(width: 80, height: 24)
        played.load(.recording(TraceDecoder.decode(StepperFixture.text("vectors.jsonl")), note: "No Swift toolchain: playing the recording."))
        let dump = played.screenText()
        #expect(row(containing: "No Swift toolchain: playing the recording.", in: dump) != nil)
        #expect(dump.contains("Step 1 of 8 · Inputs"))
    }

    @Test func scrollsTheStepWhenItOverflows() throws {
        var screen = try StepperFixture.screen("attention")
        let first = screen.screenText()
        #expect(first.contains("↓ more: j"))
        #expect(!first.contains("\n d_k = 4"))
        screen.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        let scrolled = screen.screenText()
        #expect(scrolled.contains("\n d_k = 4"))
        screen.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        #expect(screen.screenText() == scrolled, "scrolling stops at the end")
        for _ in 0..<20 { screen.press(.char("k")) }
        #expect(screen.screenText() == first)
    }

    @Test func stacksBelow120ColumnsAndSitsSideBySideFrom120() throws {
        let narrow = try StepperFixture.screen("attention", width: 80, height: 24).screenText()
        let codeRow = try #require(narrow.split(separator: "\n").firstIndex { $0.contains("let Q: Matrix") })
        let ruleRow = try #require(narrow.split(separator: "\n").firstIndex { $0.contains("Step 1 of 6") })
        #expect(codeRow < ruleRow)
        let wide = try StepperFixture.screen("attention", width: 160, height: 48).screenText(width: 160, height: 48)
        #expect(row(containing: "Step 1 of 6", in: wide)?.contains("│") == true, "the step pane sits beside the code")
    }
}
