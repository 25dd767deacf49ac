import Course
import Practice
import Terminal
import Testing
@testable import Screens

/// A lesson's ```` ```quiz ```` block shows its questions in the text, and `c` answers them in
/// a panel under that text, with the marks following the answers.
@Suite("Checkpoints in the reader")
struct CheckpointTests {
    let decks = QuizLoader.load(root: fixtureCatalog.root).decks
    let now = 1_800_000_000

    func app(states: CardStates = CardStates(events: []), width: Int = 80, height: Int = 24) -> AppModel {
        let practice = PracticeState(decks: decks, states: states, config: .defaults, catalog: fixtureCatalog)
        var app = AppModel(catalog: fixtureCatalog, progress: ReadingProgress(), practice: practice, now: now, openLesson: "basics-dot")
        _ = app.update(.resize(width: width, height: height), now: now)
        return app
    }

    func screen(_ app: AppModel) -> String {
        var buffer = Buffer(width: app.width, height: app.height)
        app.view(into: &buffer)
        return buffer.textDump()
    }

    /// Scrolls the reader until the checkpoint's questions are on screen (and the deck line
    /// at the end of the lesson is not).
    func scrollToCheckpoint(_ app: inout AppModel) {
        for _ in 0..<60 where !screen(app).contains("1. A dot product of zero") && !screen(app).contains("✎ Checkpoint 1 of 1") {
            _ = app.update(.key(.char("j"), []), now: now)
        }
    }

    /// Presses the number shown beside the option with this text (options are shuffled).
    func pick(_ option: String, _ app: inout AppModel) -> [Effect] {
        let line = screen(app).split(separator: "\n").first { $0.contains(option) && $0.contains(".") } ?? ""
        let number = line.first { $0.isNumber } ?? "1"
        return app.update(.key(.char(number), []), now: now)
    }

    @Test func theQuestionsStandWhereTheQuizBlockIs() {
        var app = app()
        scrollToCheckpoint(&app)
        let text = screen(app)
        #expect(text.contains("✎ Checkpoint: 1 question · c to answer it here"))
        #expect(text.contains("○ 1. A dot product of zero between non-zero vectors means they"), "\(text)")
    }

    @Test func withoutTheDecksTheCheckpointIsItsCaption() {
        var harness = Harness(width: 80, height: 24, open: "basics-dot")
        for _ in 0..<60 where !harness.screen.contains("✎ Checkpoint") { harness.press(.char("j")) }
        #expect(harness.screen.contains("✎ Checkpoint: 1 question"))
        #expect(!harness.screen.contains("1. A dot product of zero"))
        harness.press(.char("c"))
        #expect(harness.screen.contains("Still counting the cards"), "c says why nothing opens yet")
    }

    @Test func answeringOpensUnderTheTextAndTheMarkFollows() {
        var app = app()
        scrollToCheckpoint(&app)
        _ = app.update(.key(.char("c"), []), now: now)
        var text = screen(app)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false)
        let caption = rows.firstIndex { $0.contains("✎ Checkpoint: 1 question") }
        let panel = rows.firstIndex { $0.contains("✎ Checkpoint 1 of 1") }
        #expect(caption != nil && panel != nil && caption! < panel!, "the lesson's checkpoint above, the panel below:\n\(text)")
        #expect(rows.first?.contains("The dot product") == true, "the reader's title bar stays")
        #expect(text.contains("1 left"))

        let effects = pick("orthogonal", &app)
        #expect(effects.contains { if case .save = $0 { return true } else { return false } } == false, "checked, not yet rated")
        let rated = app.update(.key(.enter, []), now: now)  // accept Good
        #expect(rated == [.save([PracticeEvent(.review(card: "basics-dot/zero-means", rating: 3, correct: true, answer: "orthogonal"), at: now)])])
        text = screen(app)
        #expect(text.contains("✓ 1. A dot product of zero"), "the mark in the text follows the answer:\n\(text)")
        #expect(text.contains("1 of 1 question right."))
        #expect(!text.contains("What is [1, 2]"), "a checkpoint asks its own questions, not the rest of the due queue")

        _ = app.update(.key(.enter, []), now: now)
        text = screen(app)
        #expect(text.contains("✎ Checkpoint: 1 question · 1 of 1 right · c to answer again"))
        #expect(text.contains("q back"), "back to reading, with the reader's own status bar:\n\(text)")
        guard case .lesson(let reader) = app.route else { Issue.record("not back in the reader"); return }
        #expect(!reader.docked)
    }

    @Test func aWrongAnswerIsMarkedWrong() {
        var app = app()
        scrollToCheckpoint(&app)
        _ = app.update(.key(.char("c"), []), now: now)
        _ = pick("parallel", &app)
        _ = app.update(.key(.enter, []), now: now)  // accept Again, suggested for a wrong answer
        #expect(screen(app).contains("✗ 1. A dot product of zero"), "\(screen(app))")
        #expect(screen(app).contains("0 of 1 question right."))
    }

    @Test func marksComeFromTheLastRatingInTheLog() {
        let states = CardStates(events: [PracticeEvent(.review(card: "basics-dot/zero-means", rating: 1, correct: false, answer: "parallel"), at: now - 100)])
        var app = app(states: states)
        scrollToCheckpoint(&app)
        #expect(screen(app).contains("✗ 1. A dot product of zero"))
        #expect(screen(app).contains("0 of 1 right · c to answer again"))
    }

    @Test func theEndOfTheLessonStaysAboveTheDeckPanelAndTheScrollNeverPasses100Percent() {
        var app = app()
        _ = app.update(.key(.char("G"), []), now: now)
        _ = app.update(.key(.char("c"), []), now: now)
        let text = screen(app)
        #expect(text.contains("which appears twice in this"), "the last lines of the lesson sit above the panel:\n\(text)")
        #expect(text.contains("✎ End of the lesson: its deck"))
        #expect(text.split(separator: "\n").first?.hasSuffix("100% ✓") == true, "\(text.split(separator: "\n").first ?? "")")
    }

    @Test func resizingKeepsThePanelDockedUnderTheCheckpoint() {
        var app = app()
        scrollToCheckpoint(&app)
        _ = app.update(.key(.char("c"), []), now: now)
        _ = app.update(.resize(width: 100, height: 40), now: now)
        let rows = screen(app).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 40)
        let caption = rows.firstIndex { $0.contains("✎ Checkpoint: 1 question") }
        let panel = rows.firstIndex { $0.contains("✎ Checkpoint 1 of 1") }
        #expect(caption != nil && panel != nil && caption! < panel!)
        #expect(panel == 40 - AppModel.quizPanelHeight(screenHeight: 40))
    }

    @Test func aShortTerminalGivesTheQuestionTheWholeScreen() {
        var app = app(width: 40, height: 12)
        scrollToCheckpoint(&app)
        _ = app.update(.key(.char("c"), []), now: now)
        let rows = screen(app).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.first?.contains("✎ Checkpoint 1 of 1") == true, "\(rows.joined(separator: "\n"))")
    }

    @Test func dockedGolden80x24() {
        var app = app()
        scrollToCheckpoint(&app)
        _ = app.update(.key(.char("c"), []), now: now)
        var buffer = Buffer(width: 80, height: 24)
        app.view(into: &buffer)
        Golden.check(buffer, named: "lesson-checkpoint-80x24")
    }
}
