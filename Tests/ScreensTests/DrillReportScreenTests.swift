import Course
import Practice
import Terminal
import Testing
@testable import Screens

@Suite("Drill report screen")
struct DrillReportScreenTests {
    /// Four items in 4 minutes (a pace of 60 s): a choice right in 30 s, a numeric wrong in
    /// 50 s, a card recalled in 100 s (slow), and a text item the clock ran out on.
    static func finishedDrill(width: Int, height: Int) throws -> DrillHarness {
        var h = DrillHarness(items: ["scale-why", "scale-value", "explain", "norm-name"], minutes: 4, width: width, height: height)
        h.wait(30)
        h.type(String(try #require(h.number(of: "To keep the variance"))))
        h.wait(5)
        h.press(.enter)
        h.wait(50)
        h.type("0.2")
        h.press(.enter)
        h.wait(5)
        h.press(.enter)
        h.wait(100)
        h.press(.char(" "))
        h.press(.char("y"))
        h.wait(10)
        h.press(.enter)
        h.tick(40)
        return h
    }

    @Test func reportGolden() throws {
        for (width, height) in [(80, 24), (40, 12)] {
            Golden.check(try Self.finishedDrill(width: width, height: height).frame(), named: "drill-report-\(width)x\(height)")
        }
    }

    @Test func reportShowsScoresTimesAndWhatToReview() throws {
        let h = try Self.finishedDrill(width: 80, height: 24)
        let report = try #require(h.finished.first)
        #expect(report.timedOut && report.elapsedSeconds == 240)
        let text = h.text
        #expect(text.contains("Time's up: 3 of 4 answered in 4:00."))
        #expect(text.contains("Score: 2 of 3 right (67%)."))
        // arithmetic 0/1 first (weakest), then attention 2/2.
        let lines = text.split(separator: "\n").map(String.init)
        let arithmetic = try #require(lines.firstIndex { $0.contains("arithmetic") })
        let attention = try #require(lines.firstIndex { $0.contains("attention ") && $0.contains("2/2 100%") })
        #expect(arithmetic < attention)
        #expect(lines[arithmetic].contains("0/1 0%") && !lines[arithmetic].contains("█"))
        #expect(!lines[attention].contains("░"), "a full score fills the meter")
        #expect(text.contains("0:30") && text.contains("0:50") && text.contains("1:40 slow"))
        #expect(text.contains("attn/scale-value · ✗ wrong"))
        #expect(text.contains("attn/explain · ◷ slow, 1:40"))
        #expect(text.contains("  Explain why attention is permutation-equivariant."))
    }

    /// The item that took longest has the longest time bar; the one not reached has none.
    @Test func timeBarsFollowTheSeconds() throws {
        let h = try Self.finishedDrill(width: 80, height: 24)
        let lines = h.text.split(separator: "\n").map(String.init)
        func bar(_ id: String) throws -> Int {
            let line = try #require(lines.first { $0.contains(". \(id)") })
            return line.filter { "█▏▎▍▌▋▊▉".contains($0) }.count
        }
        let (explain, value, why, notReached) = (try bar("explain"), try bar("scale-value"), try bar("scale-why"), try bar("norm-name"))
        #expect(explain > value && value > why && why > 0)
        #expect(notReached == 0)
    }

    @Test func aSmallTerminalScrollsTheReport() throws {
        var h = try Self.finishedDrill(width: 40, height: 12)
        #expect(!h.text.contains("To review"))
        h.press(.end)
        #expect(h.text.contains("To review"))
        #expect(!h.text.contains("Time's up"))
        h.press(.home)
        #expect(h.text.contains("Time's up"))
        h.press(.char("j"))
        #expect(!h.text.contains("Time's up"))
        h.press(.char("k"), .char("k"))
        #expect(h.text.contains("Time's up"), "scrolling stops at the top")
        #expect(h.actions.last == DrillScreen.Action.none)
    }

    @Test func helpListsTheDrillKeys() {
        let labels = DrillScreen.bindings.map(\.label)
        #expect(labels.contains("y n") && labels.contains("q Esc"))
    }
}
