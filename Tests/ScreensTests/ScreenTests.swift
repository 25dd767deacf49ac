import Course
import DisplayWidth
import Foundation
import Practice
import Terminal
import Testing
@testable import Screens

/// The fixture course next to these tests: two lessons, one in Chinese, and an empty module.
let fixtureCatalog: CourseCatalog = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/course").path
    return CourseLoader.load(root: root)
}()

/// Feeds messages to a model and draws it, as the runtime would.
struct Harness {
    var model: AppModel
    var effects: [Effect] = []
    var now = 1_800_000_000

    init(width: Int, height: Int, progress: ReadingProgress = ReadingProgress(), open: String? = nil) {
        model = AppModel(catalog: fixtureCatalog, progress: progress, openLesson: open)
        _ = model.update(.resize(width: width, height: height), now: now)
    }

    mutating func press(_ keys: Key..., modifiers: Modifiers = []) {
        for key in keys { effects += model.update(.key(key, modifiers), now: now) }
    }

    mutating func type(_ text: String) {
        for c in text { press(.char(c)) }
    }

    func frame() -> Buffer {
        var buffer = Buffer(width: model.width, height: model.height)
        model.view(into: &buffer)
        return buffer
    }

    var screen: String { frame().textDump() }
}

@Suite("Screens")
struct ScreenTests {
    @Test func fixtureCourseLoadsCleanly() {
        #expect(fixtureCatalog.diagnostics.filter { $0.severity == .error } == [])
        #expect(fixtureCatalog.lessons.map(\.meta.id) == ["basics-dot", "languages-chinese"])
    }

    @Test func homeGolden80x24() {
        Golden.check(Harness(width: 80, height: 24).frame(), named: "home-80x24")
    }

    @Test func homeGolden40x12() {
        Golden.check(Harness(width: 40, height: 12).frame(), named: "home-40x12")
    }

    @Test func lessonGolden80x24() {
        Golden.check(Harness(width: 80, height: 24, open: "basics-dot").frame(), named: "lesson-80x24")
    }

    @Test func lessonGolden40x12() {
        Golden.check(Harness(width: 40, height: 12, open: "basics-dot").frame(), named: "lesson-40x12")
    }

    @Test func chineseLessonGolden80x24() {
        Golden.check(Harness(width: 80, height: 24, open: "languages-chinese").frame(), named: "lesson-chinese-80x24")
    }

    @Test func chineseTextNeverOverflowsTheScreen() {
        for width in [30, 41, 57, 80] {
            let buffer = Harness(width: width, height: 30, open: "languages-chinese").frame()
            for line in buffer.textDump().split(separator: "\n") {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
            #expect(buffer.textDump().contains("注意力"))
        }
    }

    @Test func homeShowsStatusAndContinue() {
        var progress = ReadingProgress()
        progress.apply(PracticeEvent(.lessonFinished(lesson: "basics-dot"), at: 0))
        let h = Harness(width: 80, height: 24, progress: progress)
        #expect(h.screen.contains("✓"))
        #expect(h.screen.contains("▶ Continue: 注意力机制"))
        #expect(h.screen.contains("lessons to come"), "an empty module says so")
        #expect(h.screen.contains("1/2 lessons"))
    }

    @Test func enterOpensTheSelectedLessonAndQGoesBackSavingThePosition() {
        var h = Harness(width: 80, height: 24)
        h.press(.enter)
        #expect(h.screen.contains("The dot product"))
        h.press(.char("j"), .char("j"))
        h.press(.char("q"))
        #expect(h.screen.contains("Continue"))
        guard case .save(let events) = h.effects.last, let event = events.first,
              case .readingPosition("basics-dot", let line, _) = event.kind else {
            Issue.record("leaving a lesson saves its position; effects: \(h.effects)")
            return
        }
        #expect(line > 1)
        #expect(event.at == h.now)
    }

    @Test func reopeningRestoresThePositionAtAnyWidth() {
        var first = Harness(width: 80, height: 24, open: "basics-dot")
        for _ in 0..<12 { first.press(.char("j")) }
        let topLine = first.frame().textDump().split(separator: "\n")[1]
        let saved = first.model.update(.key(.char("q"), []), now: 0)
        guard case .save(let events) = saved.first else { Issue.record("no save"); return }
        let progress = ReadingProgress(replaying: events)
        let again = Harness(width: 80, height: 24, progress: progress, open: "basics-dot")
        #expect(again.frame().textDump().split(separator: "\n")[1] == topLine)
        let narrow = Harness(width: 40, height: 12, progress: progress, open: "basics-dot")
        #expect(!narrow.screen.contains("You will learn"), "the narrow reader also starts where the reader left off")
        #expect(narrow.screen.contains("The formula") || narrow.screen.contains("Why it matters") || narrow.screen.contains("Attention"))
    }

    @Test func reachingTheEndFinishesTheLessonOnce() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("G"))
        let finishes = h.effects.filter {
            if case .save(let events) = $0 { return events.contains { $0.kind == .lessonFinished(lesson: "basics-dot") } }
            return false
        }
        #expect(finishes.count == 1)
        h.press(.char("g"), .char("G"))
        #expect(h.effects.count == 1, "finishing is saved only once")
        #expect(h.screen.contains("100% ✓"))
    }

    @Test func searchFindsAndStepsThroughMatches() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("/"))
        h.type("orthogonal")
        #expect(h.screen.contains("/orthogonal"))
        h.press(.enter)
        #expect(h.screen.contains("“orthogonal” 1/3"), "\(h.screen)")
        h.press(.char("n"))
        #expect(h.screen.contains("2/3"))
        h.press(.char("N"), .char("N"))
        #expect(h.screen.contains("3/3"), "N wraps backwards")
        let styles = h.frame().styleDump()
        #expect(!styles.isEmpty)
    }

    @Test func searchForNothingSaysSo() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("/"))
        h.type("zebra")
        h.press(.enter)
        #expect(h.screen.contains("No match for “zebra”"))
    }

    @Test func outlineJumpsToAHeading() {
        var h = Harness(width: 80, height: 12, open: "basics-dot")
        #expect(!h.screen.contains("Common mistakes"))
        h.press(.char("o"))
        #expect(h.screen.contains("Outline"))
        #expect(h.screen.contains("Common mistakes"))
        h.press(.end)  // not an outline key: ignored
        h.press(.char("j"), .char("j"), .char("j"), .enter)
        #expect(!h.screen.contains("Outline"))
        #expect(h.screen.contains("Common mistakes"), "\(h.screen)")
    }

    @Test func helpOverlayIsGeneratedFromTheBindings() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("?"))
        for binding in LessonScreen.bindings.prefix(8) {
            #expect(h.screen.contains(binding.help), "help lists \(binding.help)")
        }
        h.press(.char("x"))
        #expect(!h.screen.contains("Keys — lesson"), "any key closes help")
    }

    @Test func ctrlCQuitsFromAnywhereAndSavesThePosition() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("/"))
        h.press(.char("c"), modifiers: .ctrl)
        #expect(h.effects.last == .quit)
        #expect(h.effects.count == 2)
    }

    @Test func tooSmallAtEverySizeDownToZero() {
        for (w, h) in [(0, 0), (1, 1), (5, 3), (29, 8), (30, 7)] {
            var harness = Harness(width: w, height: h, open: "basics-dot")
            harness.press(.char("j"))
            let screen = harness.screen
            if w >= 18, h >= 1 { #expect(screen.contains("too small"), "\(w)×\(h)") }
        }
        var tiny = Harness(width: 10, height: 4)
        tiny.press(.char("q"))
        #expect(tiny.effects == [.quit])
    }

    @Test func resizeKeepsTheReadingPlace() {
        var h = Harness(width: 80, height: 24, open: "basics-dot")
        h.press(.char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        guard case .lesson(let before) = h.model.route else { Issue.record("not in a lesson"); return }
        _ = h.model.update(.resize(width: 50, height: 20), now: 0)
        guard case .lesson(let after) = h.model.route else { Issue.record("not in a lesson"); return }
        #expect(after.topSourceLine == before.topSourceLine)
    }

    @Test func saveFailureIsShown() {
        var h = Harness(width: 80, height: 24)
        _ = h.model.update(.saveFailed("disk full"), now: 0)
        #expect(h.screen.contains("Not saved: disk full"))
    }
}

@Suite("Reviewing from the course map")
struct ReviewWiringTests {
    let decks = QuizLoader.load(root: fixtureCatalog.root).decks

    func model(progress: ReadingProgress) -> AppModel {
        let practice = PracticeState(decks: decks, states: CardStates(events: []), config: .defaults, catalog: fixtureCatalog)
        var model = AppModel(catalog: fixtureCatalog, progress: progress, practice: practice, now: 1_800_000_000)
        _ = model.update(.resize(width: 80, height: 24), now: 1_800_000_000)
        return model
    }

    func screen(_ model: AppModel) -> String {
        var buffer = Buffer(width: 80, height: 24)
        model.view(into: &buffer)
        return buffer.textDump()
    }

    @Test func newCardsComeOnlyFromLessonsThatWereOpened() {
        #expect(decks.count == 1)
        #expect(screen(model(progress: ReadingProgress())).contains("✎ Review:   nothing due now"))
        let read = ReadingProgress(replaying: [PracticeEvent(.readingPosition(lesson: "basics-dot", line: 12), at: 0)])
        #expect(screen(model(progress: read)).contains("✎ Review:   0 due, 2 new  (r)"))
    }

    @Test func answeringACardSavesAReviewAndTheCountsFollow() {
        let read = ReadingProgress(replaying: [PracticeEvent(.readingPosition(lesson: "basics-dot", line: 12), at: 0)])
        var app = model(progress: read)
        let now = 1_800_000_000
        _ = app.update(.key(.char("r"), []), now: now)
        #expect(screen(app).contains("What is [1, 2] · [3, 4]?"))
        for c in "11" { _ = app.update(.key(.char(c), []), now: now) }
        _ = app.update(.key(.enter, []), now: now)
        #expect(screen(app).contains("Correct"))
        let effects = app.update(.key(.enter, []), now: now)  // accept Good
        #expect(effects == [.save([PracticeEvent(.review(card: "basics-dot/dot-of-two", rating: 3, correct: true, answer: "11"), at: now)])])
        _ = app.update(.key(.escape, []), now: now)
        #expect(screen(app).contains("✎ Review:   0 due, 1 new  (r)"), "one new card left; the reviewed one is due in 10 minutes")
    }
}

extension ReviewWiringTests {
    @Test func atTheEndOfALessonCQuizzesItsDeckAndEscReturnsToTheReader() {
        let practice = PracticeState(decks: decks, states: CardStates(events: []), config: .defaults, catalog: fixtureCatalog)
        var app = AppModel(catalog: fixtureCatalog, progress: ReadingProgress(), practice: practice, now: 0, openLesson: "basics-dot")
        _ = app.update(.resize(width: 80, height: 24), now: 0)
        _ = app.update(.key(.char("c"), []), now: 0)
        #expect(!screen(app).contains("What is [1, 2]"), "mid-lesson with no checkpoint on screen, c does nothing")
        _ = app.update(.key(.char("G"), []), now: 0)
        _ = app.update(.key(.char("c"), []), now: 0)
        #expect(screen(app).contains("What is [1, 2] · [3, 4]?"), "\(screen(app))")
        #expect(screen(app).contains("2 left"))
        _ = app.update(.key(.escape, []), now: 0)
        #expect(screen(app).contains("The dot product"))
        #expect(screen(app).contains("q back"), "back in the reader")
    }
}

extension ReviewWiringTests {
    @Test func aDrillSavesEachAnswerAndTicksItsClock() {
        let practice = PracticeState(decks: decks, states: CardStates(events: []), config: .defaults, catalog: fixtureCatalog)
        var app = AppModel(catalog: fixtureCatalog, progress: ReadingProgress(), practice: practice, now: 100)
        _ = app.update(.resize(width: 80, height: 24), now: 100)
        let plan = DrillPlan.make(decks: decks, history: [], topic: "basics-dot", count: 1, seed: 1)
        app.startDrill(plan: plan, minutes: 2, now: 100)
        #expect(app.needsClock)
        _ = app.update(.tick, now: 130)
        #expect(screen(app).contains("0:30"), "the clock shows the elapsed time:\n\(screen(app))")
        var saved: [Effect] = []
        if screen(app).contains("[1, 2] · [3, 4]") {
            for c in "11" { saved += app.update(.key(.char(c), []), now: 131) }
            saved += app.update(.key(.enter, []), now: 132)
        } else {
            // Options are shuffled: pick "orthogonal" by the number shown beside it.
            let line = screen(app).split(separator: "\n").first { $0.contains("orthogonal") } ?? ""
            let number = line.first { $0.isNumber } ?? "1"
            saved += app.update(.key(.char(number), []), now: 132)
        }
        guard case .save(let events)? = saved.first, case .drill(_, true, 32, _, 100)? = events.first?.kind else {
            Issue.record("a right drill answer is saved with its time: \(saved)")
            return
        }
    }
}
