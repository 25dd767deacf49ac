import Course
import Testing
@testable import Practice

/// The drill as a whole: the clock, stopping early, commands, and the report at the end.
///
/// Report numbers are worked out by hand from the times typed: with a limit the pace is the
/// limit over the planned items (60 s / 3 = 20 s), without one it is 90 s.
@Suite("Plain drill: session")
struct PlainDrillSessionTests {
    static let threeItems = plainDrillQuiz(PlainDrillKindsTests.size + """
    ## name
    kind: text
    accept: [layer norm, layernorm]

    What normalises each token's features?

    """ + PlainDrillKindsTests.pick)

    @Test func theTimeLimitEndsTheDrillAtTheNextInput() {
        var t = PlainDrillTranscript(Self.threeItems, minutes: 1)
        #expect(t.start()[2] == "Question 1 of 3 — attention — numeric — 1:00 left")
        #expect(t.type("0.125\r\n", after: 15).prefix(2) == ["", "Right."])
        #expect(t.type("", after: 5).first == "Question 2 of 3 — attention — text — 0:40 left")
        #expect(t.type("LayerNorm", after: 30).prefix(2) == ["", "Right."])
        #expect(t.type("", after: 5).first == "Question 3 of 3 — attention — choice — 0:05 left")
        // Typed at 65 s, past the 60 s limit: not graded, and the drill is over.
        #expect(t.type("2", after: 10) == [
            "That answer came after the time limit, so it was not counted.",
            "",
            "Drill: interview",
            "Time's up: 2 of 3 answered in 1:00.",
            "Score: 2 of 2 right (100%).",
            "Score by topic, weakest first:",
            "  attention: 2 of 2 right (100%)",
            "Time per item (slow after 0:20):",
            "  1. att/size: 0:15, right",
            "  2. att/name: 0:30, right, slow",
            "  3. att/pick: not reached",
            "To review:",
            "  att/name (slow, 0:30): What normalises each token's features?",
        ])
        #expect(t.finished)
        #expect(t.session.report?.timedOut == true)
        #expect(t.events == [PlainDrillTranscript.drill("att/size", true, seconds: 15, "0.125", at: PlainDrillTranscript.started + 15),
                             PlainDrillTranscript.drill("att/name", true, seconds: 30, "LayerNorm", at: PlainDrillTranscript.started + 50)])
        // Once over, further lines do nothing.
        let after = t.session.input("1", now: PlainDrillTranscript.started + 70)
        #expect(after.output.isEmpty && after.events.isEmpty && after.finished)
    }

    @Test func reachingTheLimitWhileReadingFeedbackEndsWithoutANote() {
        var t = PlainDrillTranscript(Self.threeItems, minutes: 1)
        _ = t.start()
        _ = t.type("0.2", after: 20)
        // Enter pressed exactly at the limit: time is up, and nothing was lost.
        let end = t.type("", after: 40)
        #expect(Array(end.prefix(4)) == ["Drill: interview", "Time's up: 1 of 3 answered in 1:00.", "Score: 0 of 1 right (0%).",
                                         "Score by topic, weakest first:"])
        #expect(t.finished)
        #expect(t.events.count == 1)
    }

    @Test func qStopsEarlyAndTheRestIsNotReached() {
        var t = PlainDrillTranscript(Self.threeItems)
        _ = t.start()
        #expect(t.type("0.2") == ["", "Wrong.", "Not quite: the answer is 0.125; 0.2 is off by 0.075, 60%.", "", "Explanation:",
                                  "√64 is 8.", "", "Press Enter for the next question."])
        _ = t.type("", after: 5)
        #expect(t.type("q  ", after: 10) == [
            "Drill: interview",
            "Stopped: 1 of 3 answered in 0:25.",
            "Score: 0 of 1 right (0%).",
            "Score by topic, weakest first:",
            "  attention: 0 of 1 right (0%)",
            "Time per item (slow after 1:30):",
            "  1. att/size: 0:10, wrong",
            "  2. att/name: not reached",
            "  3. att/pick: not reached",
            "To review:",
            "  att/size (wrong): What is 1/√64?",
        ])
        #expect(t.finished)
        #expect(t.session.report?.timedOut == false)
        #expect(t.events == [PlainDrillTranscript.drill("att/size", false, seconds: 10, "0.2", at: PlainDrillTranscript.started + 10)])
    }

    @Test func qBeforeAnythingIsAnsweredReportsNothingToReview() {
        var t = PlainDrillTranscript(Self.threeItems, minutes: 10)
        _ = t.start()
        let end = t.type("Q", after: 3)
        #expect(end.prefix(3) == ["Drill: interview", "Stopped: 0 of 3 answered in 0:03 (limit 10:00).", "Score: nothing answered."])
        #expect(end.last == "Nothing answered, so nothing to review.")
        #expect(t.events.isEmpty)
    }

    @Test func theLastAnswerEndsTheDrillWithTheFullReport() {
        var t = PlainDrillTranscript(plainDrillQuiz(PlainDrillKindsTests.size + PlainDrillKindsTests.pick), topics: ["scaling"])
        _ = t.start()
        _ = t.type("0.125", after: 100)
        _ = t.type("", after: 20)
        #expect(t.type("1", after: 40) == [
            "", "Right.", "", "Explanation:", "The variance of a dot product grows with the key size.", "",
            "Drill: interview",
            "Finished: 2 of 2 answered in 2:40.",
            "Score: 2 of 2 right (100%).",
            "Score by topic, weakest first:",
            "  scaling: 2 of 2 right (100%)",
            "Time per item (slow after 1:30):",
            "  1. att/size: 1:40, right, slow",
            "  2. att/pick: 0:40, right",
            "To review:",
            "  att/size (slow, 1:40): What is 1/√64?",
        ])
        #expect(t.finished)
        #expect(t.session.results.map(\.seconds) == [100, 40])
    }

    @Test func helpHintAndUndoAnswerWithoutCountingAndControlsAreNotSent() {
        var t = PlainDrillTranscript(Self.threeItems)
        _ = t.start()
        #expect(t.type("?") == [
            "Commands, typed alone on a line at any prompt:",
            "  ?  this help",
            "  h  show the hint",
            "  q  stop the drill and show the report",
            "To answer with one of these letters, type a space before it.",
            "Type the number.",
        ])
        #expect(t.type("h") == ["This card has no hint.", "Type the number."])
        #expect(t.type("u") == ["A drill answer cannot be undone.", "Type the number."])
        // The typed escape is echoed in the problem, but as a visible character.
        let unreadable = t.type("\u{1B}[31m8")
        #expect(unreadable.count == 2 && unreadable[1] == "Type the number.")
        #expect(!unreadable[0].unicodeScalars.contains("\u{1B}"))
        #expect(t.events.isEmpty)
        #expect(!t.finished)
    }

    @Test func anEmptyPlanSaysWhyAndEnds() {
        let plan = DrillPlan(entries: [], topic: "rope", available: 0, seed: 1, problem: "No quiz item is tagged “rope”.")
        var session = PlainDrillSession(plan: plan, decks: [], startedAt: PlainDrillTranscript.started, minutes: 5)
        #expect(session.start() == ["No quiz item is tagged “rope”."])
        #expect(session.isFinished)
        #expect(session.report == nil)
        let after = session.input("q", now: PlainDrillTranscript.started + 1)
        #expect(after.output.isEmpty && after.events.isEmpty && after.finished)
    }

    @Test func anItemScoredUnderItsDeckIsNamedByTheDeckTitle() {
        var t = PlainDrillTranscript(plainDrillQuiz(PlainDrillKindsTests.size), topics: ["att"])
        #expect(t.start()[2] == "Question 1 of 1 — Attention — numeric — 0:00 elapsed")
    }
}
