import DisplayWidth
import Practice
import Terminal
import Testing
@testable import Screens

/// The stats screen and its plain text, on figures written out by hand.
@Suite("Stats screen")
struct StatsScreenTests {
    /// Wednesday 2027-03-17 12:00 UTC; the calendar starts Monday 2026-09-21 (UTC day 20717).
    static let stats: PracticeStats = {
        var perDay = [Int](repeating: 0, count: 25 * 7 + 3)
        perDay[3] = 1                      // Thu 2026-09-24
        perDay[40] = 2                     // Sat 2026-10-31
        let lastTen = [5, 0, 3, 8, 2, 0, 1, 4, 6, 2]
        for (k, n) in lastTen.enumerated() { perDay[perDay.count - 10 + k] = n }
        var forecast = [Int](repeating: 0, count: 30)
        forecast[0] = 4
        forecast[1] = 2
        forecast[3] = 7
        forecast[4] = 1
        forecast[7] = 3
        forecast[29] = 5
        return PracticeStats(
            now: 1_805_284_800, today: 20_894 * 86_400, forecast: forecast, dueNow: 3, dueLater: 12, newCards: 8,
            averageRecall: 0.912, calendarStart: 20_717 * 86_400, reviewsPerDay: perDay, totalReviews: 96, reviewsToday: 2,
            retentionRecent: .init(right: 27, total: 30), retentionAllTime: .init(right: 81, total: 90),
            deckAccuracy: [.init(id: "attention", title: "Attention", tally: .init(right: 17, total: 20)),
                           .init(id: "masks", title: "Masks and causal attention", tally: .init(right: 4, total: 6))],
            tagAccuracy: [.init(id: "masks", title: "masks", tally: .init(right: 4, total: 6)),
                          .init(id: "softmax", title: "softmax", tally: .init(right: 13, total: 15))],
            modules: [.init(id: "foundations", title: "Foundations", finished: 3, lessons: 4),
                      .init(id: "transformers", title: "Transformers", finished: 1, lessons: 5),
                      .init(id: "training", title: "Training", finished: 0, lessons: 0)],
            predictions: .init(right: 5, total: 8), currentStreak: 6, longestStreak: 11)
    }()

    static func screen(_ width: Int, _ height: Int) -> StatsScreen {
        var screen = StatsScreen(stats: stats)
        screen.resize(width: width, height: height)
        return screen
    }

    static func frame(_ screen: StatsScreen, _ width: Int, _ height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        screen.view(into: &buffer, theme: Theme())
        return buffer
    }

    static func lines(_ buffer: Buffer) -> [String] {
        buffer.textDump().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func golden80x24() {
        Golden.check(Self.frame(Self.screen(80, 24), 80, 24), named: "stats-80x24")
    }

    @Test func golden80x24ScrolledToTheEnd() {
        var screen = Self.screen(80, 24)
        #expect(screen.handle(.char("G"), []) == .none)
        Golden.check(Self.frame(screen, 80, 24), named: "stats-end-80x24")
    }

    @Test func golden40x12() {
        Golden.check(Self.frame(Self.screen(40, 12), 40, 12), named: "stats-40x12")
    }

    @Test func summaryAndForecastShowTheFigures() throws {
        let text = Self.frame(Self.screen(80, 24), 80, 24).textDump()
        #expect(text.contains("Reviews  2 today · 96 in all"))
        #expect(text.contains("Streak   6 days (longest 11)"))
        #expect(text.contains("Due      3 now · 8 new"))
        #expect(text.contains("Recall   91% expected now"))
        #expect(text.contains("Lessons  4 of 9 finished"))
        // The busiest forecast day (Sat 20: 7 cards) gets the longest bar.
        let lines = Self.lines(Self.frame(Self.screen(80, 80), 80, 80))
        let today = try #require(lines.first { $0.contains("Today ") })
        let saturday = try #require(lines.first { $0.contains("Sat 20") })
        #expect(saturday.hasSuffix("█ 7"))
        #expect(today.hasSuffix(" 4"))
        #expect(saturday.filter { $0 == "█" }.count > today.filter { $0 == "█" }.count)
        #expect(lines.contains { $0.contains("Tomorrow ") && $0.contains(" 2") })
    }

    @Test func calendarShadesEachDayByItsShareOfTheBusiestDay() throws {
        // 80 wide: two columns a week from x = 1 + 3; today (Wed) is in the last column, row 3.
        var screen = Self.screen(80, 60)
        _ = screen.handle(.char("j"), [])
        _ = screen.handle(.char("k"), [])
        let buffer = Self.frame(screen, 80, 60)
        let lines = Self.lines(buffer)
        let mondayRow = try #require(lines.firstIndex { $0.hasPrefix(" Mo ") })
        let lastColumn = 4 + 25 * 2
        // The last ten days run Mon 2027-03-08 … Wed 03-17 (5 0 3 8 2 0 1 4 6 2); busiest 8:
        // shade = ceil(4·n/8): 1, 2 → ░; 3, 4 → ▒; 5, 6 → ▓; 7, 8 → █; none → ·.
        #expect(buffer[lastColumn, mondayRow].text == "▒")          // Mon 03-15: 4
        #expect(buffer[lastColumn, mondayRow + 1].text == "▓")      // Tue 03-16: 6
        #expect(buffer[lastColumn, mondayRow + 2].text == "░")      // Wed 03-17: 2 (today)
        #expect(buffer[lastColumn, mondayRow + 3].text == " ")      // Thu: still to come
        #expect(buffer[lastColumn - 2, mondayRow].text == "▓")      // Mon 03-08: 5
        #expect(buffer[lastColumn - 2, mondayRow + 1].text == "·")  // Tue 03-09: 0
        #expect(buffer[lastColumn - 2, mondayRow + 2].text == "▒")  // Wed 03-10: 3
        #expect(buffer[lastColumn - 2, mondayRow + 3].text == "█")  // Thu 03-11: 8
        #expect(buffer[lastColumn - 2, mondayRow + 4].text == "░")  // Fri 03-12: 2
        #expect(buffer[lastColumn - 2, mondayRow + 6].text == "░")  // Sun 03-14: 1
        #expect(buffer[4, mondayRow + 3].text == "░")               // Thu 2026-09-24: 1
        #expect(lines[mondayRow - 1].contains("Oct") && lines[mondayRow - 1].contains("Mar"))
        #expect(lines[mondayRow + 7].contains("· 0  ░ 1–2  ▒ 3–4  ▓ 5–6  █ 7–8"))
    }

    @Test func scrollsWithJAndKAndStopsAtTheEnds() {
        var screen = Self.screen(80, 24)
        #expect(screen.top == 0)
        _ = screen.handle(.char("k"), [])
        #expect(screen.top == 0)
        _ = screen.handle(.char("j"), [])
        _ = screen.handle(.down, [])
        #expect(screen.top == 2)
        _ = screen.handle(.char("G"), [])
        #expect(screen.top == screen.contentHeight - 22)
        _ = screen.handle(.char("j"), [])
        #expect(screen.top == screen.contentHeight - 22)
        let end = Self.frame(screen, 80, 24).textDump()
        #expect(end.contains("Predictions at kernel asks"))
        #expect(end.contains("5 of 8 right (63%)"))
        _ = screen.handle(.char("g"), [])
        #expect(screen.top == 0)
        #expect(screen.handle(.char("q"), []) == .back)
        #expect(screen.handle(.escape, []) == .back)
    }

    @Test func everyLineIsReachableAt30x8AndNothingOverflows() {
        var screen = Self.screen(30, 8)
        var seen: [String] = []
        for _ in 0..<(screen.contentHeight + 2) {
            let lines = Self.lines(Self.frame(screen, 30, 8))
            for line in lines { #expect(DisplayWidth.of(line) <= 30) }
            seen += lines.dropFirst().dropLast()
            _ = screen.handle(.char("j"), [])
        }
        let all = seen.joined(separator: "\n")
        for expected in ["Today", "Sat 20", "Mo", "Su", "True retention", "All time", "Attention", "softmax",
                         "Foundations", "to come", "5 of 8 right"] {
            #expect(all.contains(expected), "missing \(expected)")
        }
    }

    @Test func resizeKeepsTheScrollPositionWithinThePage() {
        var screen = Self.screen(80, 24)
        _ = screen.handle(.char("G"), [])
        screen.resize(width: 80, height: 200)
        #expect(screen.top == 0)
        let text = Self.frame(screen, 80, 200).textDump()
        #expect(text.contains("Predictions at kernel asks") && text.contains("Reviews  2 today"))
    }

    @Test func plainTextHasEveryFigure() {
        let lines = StatsText.render(Self.stats)
        #expect(lines[0] == "Stats as of 2027-03-17 (days are UTC days)")
        for expected in [
            "Reviews: 2 today, 96 in all",
            "Streak: 6 days (longest 11)",
            "Due now: 3 cards; new cards not yet seen: 8",
            "Expected recall now: 91% (mean over reviewed cards)",
            "Lessons: 4 of 9 finished",
            "  2027-03-17 Wed (today): 4",
            "  2027-03-18 Thu (tomorrow): 2",
            "  2027-03-20 Sat: 7",
            "  2027-04-15 Thu: 5",
            "  Later: 12",
            "  Week of 2026-09-21: 1 review (Thu 1)",
            "  Week of 2026-10-26: 2 reviews (Sat 2)",
            "  Week of 2027-03-08: 19 reviews (Mon 5, Wed 3, Thu 8, Fri 2, Sun 1)",
            "  Week of 2027-03-15: 12 reviews (Mon 4, Tue 6, Wed 2)",
            "  Shades on the screen: · 0, ░ 1–2, ▒ 3–4, ▓ 5–6, █ 7–8",
            "  Last 30 days: 90% (27 passed, 3 failed)",
            "  All time: 90% (81 passed, 9 failed)",
            "  Attention: 85% (17 of 20)",
            "  Masks and causal attention: 67% (4 of 6)",
            "  softmax: 87% (13 of 15)",
            "  Foundations: 3 of 4",
            "  Training: lessons to come",
            "Predictions at kernel asks: 5 of 8 right (63%)",
        ] {
            #expect(lines.contains(expected), "missing: \(expected)")
        }
        #expect(lines.contains("  Weeks of 2026-09-28 to 2026-10-19: no reviews"), "quiet weeks are one line")
        let busyWeeks = (0..<26).filter { week in Self.stats.reviewsPerDay.dropFirst(week * 7).prefix(7).reduce(0, +) > 0 }.count
        #expect(lines.filter { $0.hasPrefix("  Week of ") && !$0.hasSuffix("no reviews") }.count == busyWeeks)
        #expect(lines.filter { $0.hasPrefix("  20") }.count == 30)
        #expect(!lines.joined().contains("\u{1B}"))
    }

    /// A screen reader gets all of it: every number on any page of the screen is in the text.
    @Test func everyNumberOnScreenIsInThePlainText() {
        let text = StatsText.render(Self.stats).joined(separator: "\n")
        var screen = Self.screen(80, 24)
        for _ in 0..<(screen.contentHeight / 22 + 2) {
            let body = Self.lines(Self.frame(screen, 80, 24)).dropFirst().dropLast()
            for line in body {
                for number in line.split(whereSeparator: { !($0.isNumber || $0 == "%" || $0 == "–") }) {
                    #expect(text.contains(number), "\(number) from “\(line)” is not in the text")
                }
            }
            _ = screen.handle(.pageDown, [])
        }
    }

    @Test func emptyStatsSayNothingYet() {
        var empty = Self.stats
        empty.deckAccuracy = []
        empty.tagAccuracy = []
        empty.predictions = .init()
        empty.retentionAllTime = .init()
        empty.averageRecall = nil
        var screen = StatsScreen(stats: empty)
        screen.resize(width: 80, height: 100)
        let text = Self.frame(screen, 80, 100).textDump()
        #expect(text.contains("No auto-graded answers yet"))
        #expect(text.contains("All time           0     0     —"))
        #expect(!text.contains("Recall"))
        #expect(StatsText.render(empty).contains("Accuracy by deck: no auto-graded answers yet"))
        #expect(StatsText.render(empty).contains("  All time: — (0 passed, 0 failed)"))
    }
}
